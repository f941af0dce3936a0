import { describe, expect, it } from 'vitest';
import { openForTesting } from '../../../test/support/openForTesting';
import { questionsDirForTesting, tempDataDir } from '../../../test/support/questionsDirForTesting';
import { ExamDocV1 } from '../storage/examsRepo';
import { localEvents, mergePulled } from './localEvents';

const T0 = Date.UTC(2026, 2, 10, 4);
const questionsDir = questionsDirForTesting();
const pc = () => openForTesting({ dataDir: tempDataDir(), questionsDir, now: () => T0, learner: 'default' });

describe('mock sittings in the sync payload', () => {
  it('keep the v1 shape (no form) for a 纸笔考试 sitting, and merge on another PC as 机考', async () => {
    const lab = await pc();
    const exam = await lab.call<{ id: string }>('exam:start', {
      subject: 'jc',
      form: 'paper',
      custom: { counts: { single: 1 }, minutes: 5 },
    });
    await lab.call('exam:submit', { id: exam.id });
    expect(lab.services.exams.get(exam.id)).toMatchObject({ version: 2, form: 'paper' });
    const events = (await localEvents(lab.services)).filter((e) => e.kind === 'exam');
    expect(events).toHaveLength(1);
    const payload = events[0]!.payload as Record<string, unknown>;
    expect(payload).toMatchObject({ version: 1, id: exam.id });
    expect(payload).not.toHaveProperty('form');
    expect(ExamDocV1.strict().safeParse(payload).success).toBe(true);

    const home = await pc();
    const broken = { ...events[0]!, id: 'exam:broken', payload: { ...payload, id: 'broken', items: 'nope' } };
    expect(await mergePulled(home.services, [events[0]!, broken])).toEqual({ merged: 1, skipped: 1 });
    expect(home.services.exams.get(exam.id)).toMatchObject({ version: 2, form: 'computer', submittedAt: expect.any(Number) });
  });
});

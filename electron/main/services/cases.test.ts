import { openForTesting } from '../../../test/support/openForTesting';
import { describe, expect, it } from 'vitest';
import { questionsDirForTesting, tempDataDir } from '../../../test/support/questionsDirForTesting';

async function open(dataDir: string, questionsDir: string) {
  const app = await openForTesting({ dataDir, questionsDir, now: Date.UTC(2026, 10, 28) });
  return (c: string, a?: unknown) => app.call<never>(c, a);
}

describe('case practice through the real handlers', () => {
  it('hides reference points until asked, scores ticked points in main, records and shows progress after restart', async () => {
    const dataDir = tempDataDir();
    const q = questionsDirForTesting();
    const call = await open(dataDir, q);
    const { cases } = (await call('cases:start', { subject: 'mp', chapter: 'mp25-15' })) as { cases: Record<string, unknown>[] };
    expect(cases).toHaveLength(1);
    expect(JSON.stringify(cases)).not.toContain('要点一');
    const ref = (await call('cases:reference', { questionId: 'mp25-15-c01' })) as { maxScore: number; questions: { points: unknown[] }[] };
    expect(ref.maxScore).toBe(20);
    expect(ref.questions[0]?.points).toHaveLength(2);
    // A tampered payload (repeats, out-of-range indexes) cannot score above what was really ticked.
    const result = await call('cases:record', {
      questionId: 'mp25-15-c01',
      answers: ['我的回答一', '我的回答二'],
      covered: [[0, 0, 9], [0]],
    });
    expect(result).toEqual({ score: 15, maxScore: 20, passed: true, saved: true });

    const again = await open(dataDir, q);
    const overview = (await again('catalog:overview', { level: 'intermediate' })) as {
      id: string;
      chapters: { id: string; done: number; correct: number; case: number }[];
    }[];
    const ch = overview.find((s) => s.id === 'mp')!.chapters.find((c) => c.id === 'mp25-15')!;
    expect(ch).toMatchObject({ case: 1, done: 1, correct: 1 });
  });

  it('keeps typed answers as a draft across a restart until the case is marked', async () => {
    const dataDir = tempDataDir();
    const q = questionsDirForTesting();
    const call = await open(dataDir, q);
    type Start = { cases: { id: string; draft: string[] | null }[] };
    expect(((await call('cases:start', { subject: 'mp', chapter: 'mp25-15' })) as Start).cases[0]!.draft).toBeNull();
    expect(await call('cases:saveDraft', { questionId: 'mp25-15-c01', answers: ['写了一半', ''] })).toEqual({ saved: true });
    const later = await open(dataDir, q);
    expect(((await later('cases:start', { subject: 'mp', chapter: 'mp25-15' })) as Start).cases[0]!.draft).toEqual(['写了一半', '']);
    await expect(later('cases:saveDraft', { questionId: 'jc25-06-001', answers: ['x'] })).rejects.toThrow(/NOT_FOUND/);
    await later('cases:record', { questionId: 'mp25-15-c01', answers: ['写完了', '第二问'], covered: [[0], []] });
    expect(((await later('cases:start', { subject: 'mp', chapter: 'mp25-15' })) as Start).cases[0]!.draft).toBeNull();
  });

  it('refuses unknown cases and objective items as cases', async () => {
    const call = await open(tempDataDir(), questionsDirForTesting());
    await expect(call('cases:reference', { questionId: 'jc25-06-001' })).rejects.toThrow(/NOT_FOUND/);
    await expect(call('cases:record', { questionId: 'nope', answers: [], covered: [] })).rejects.toThrow(/NOT_FOUND/);
    await expect(call('cases:start', { subject: 'mp', chapter: 'jc25-06' })).rejects.toThrow(/NOT_FOUND/);
  });
});

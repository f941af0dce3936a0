import { openForTesting } from '../../../test/support/openForTesting';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionsDirForTesting, tempDataDir } from '../../../test/support/questionsDirForTesting';

async function open(dataDir: string, questionsDir: string, now = () => Date.UTC(2026, 10, 28, 12)) {
  const app = await openForTesting({ dataDir, questionsDir, now });
  return { s: app.services, call: (c: string, a?: unknown) => app.call<never>(c, a) };
}

describe('practice loop through the real handlers', () => {
  it('issue 14: practice:keys gives the key and 解析 ahead; an attempt id sent twice records the answer once', async () => {
    const dataDir = tempDataDir();
    const app = await open(dataDir, questionsDirForTesting());
    const { keys } = (await app.call('practice:keys', { ids: ['jc25-06-001', 'no-such-id', 'jc25-06-002'] })) as {
      keys: { questionId: string; answer: string[]; type: string; explanation: string }[];
    };
    expect(keys.map((k) => k.questionId)).toEqual(['jc25-06-001', 'jc25-06-002']);
    expect(keys[0]).toMatchObject({ answer: ['C'], type: 'single' });
    const args = { questionId: 'jc25-06-001', choice: ['C'], responseMs: 5000, attemptId: 'a-1' };
    const first = await app.call('practice:answer', args);
    const again = await app.call('practice:answer', args);
    expect(again).toEqual(first);
    await app.call('practice:answer', { ...args, attemptId: 'a-2' });
    expect((await app.s.answers.history()).length).toBe(2);
  });

  it('serves questions without keys, scores officially, records, and keeps progress across a restart', async () => {
    const dataDir = tempDataDir();
    const q = questionsDirForTesting();
    const app = await open(dataDir, q);
    const { questions } = (await app.call('practice:start', { subject: 'jc', chapter: 'jc25-06' })) as {
      questions: Record<string, unknown>[];
    };
    expect(questions.map((x) => x['id'])).toEqual(['jc25-06-001', 'jc25-06-002', 'jc25-06-003']);
    for (const x of questions) {
      expect(x).not.toHaveProperty('answer');
      expect(x).not.toHaveProperty('explanation');
    }
    const right = (await app.call('practice:answer', { questionId: 'jc25-06-001', choice: ['C'], responseMs: 5000 })) as Record<
      string,
      unknown
    >;
    expect(right).toMatchObject({ outcome: 'correct', correct: true, score: 1, answer: ['C'] });
    expect(String(right['explanation'])).toContain('同理心');
    const partial = (await app.call('practice:answer', { questionId: 'jc25-06-002', choice: ['B', 'A'], responseMs: 8000 })) as Record<
      string,
      unknown
    >;
    expect(partial).toMatchObject({ outcome: 'partial', correct: false, score: 1, maxScore: 2 });
    const wrong = (await app.call('practice:answer', { questionId: 'jc25-06-003', choice: ['D'], responseMs: 3000 })) as Record<
      string,
      unknown
    >;
    expect(wrong).toMatchObject({ outcome: 'wrong', correct: false, score: 0 });

    const restarted = await open(dataDir, q);
    const overview = (await restarted.call('catalog:overview', { level: 'junior' })) as {
      id: string;
      chapters: { id: string; done: number; correct: number; single: number; multiple: number }[];
    }[];
    const ch = overview.find((s) => s.id === 'jc')!.chapters.find((c) => c.id === 'jc25-06')!;
    expect(ch).toMatchObject({ done: 3, correct: 1, single: 2, multiple: 1 });
    expect(overview.map((s) => s.id)).toEqual(['jc', 'jp']);
    const log = await restarted.s.answers.history();
    expect(log.map((r) => [r.questionId, r.choice, r.correct, r.responseMs])).toEqual([
      ['jc25-06-001', ['C'], true, 5000],
      ['jc25-06-002', ['A', 'B'], false, 8000],
      ['jc25-06-003', ['D'], false, 3000],
    ]);
    // The next set starts with what was answered wrongly.
    const next = (await restarted.call('practice:start', { subject: 'jc', chapter: 'jc25-06' })) as { questions: { id: string }[] };
    expect(next.questions.map((x) => x.id)).toEqual(['jc25-06-002', 'jc25-06-003', 'jc25-06-001']);
  });

  it('refuses options that do not belong to the question and unknown questions, recording nothing', async () => {
    const app = await open(tempDataDir(), questionsDirForTesting());
    await expect(app.call('practice:answer', { questionId: 'jc25-06-001', choice: ['E'], responseMs: 1 })).rejects.toThrow(/BAD_REQUEST/);
    await expect(app.call('practice:answer', { questionId: 'nope', choice: ['A'], responseMs: 1 })).rejects.toThrow(/NOT_FOUND/);
    await expect(app.call('practice:start', { subject: 'jc', chapter: 'ml18-01' })).rejects.toThrow(/NOT_FOUND/);
    expect(await app.s.answers.history()).toEqual([]);
  });

  it('loads the rest of the bank when one file is broken and names the problem', async () => {
    const q = questionsDirForTesting({
      'broken.json': '{ not json',
      'bad-item.json': { bankVersion: 1, subject: 'jc', items: [{ id: 'jc25-06-777', type: 'single' }] },
    });
    const app = await open(tempDataDir(), q);
    const status = (await app.call('app:status')) as { bankProblems: { file: string; itemId: string | null; field: string }[] };
    expect(status.bankProblems.some((p) => p.file === 'banks/broken.json')).toBe(true);
    expect(status.bankProblems.some((p) => p.file === 'banks/bad-item.json' && p.itemId === 'jc25-06-777' && p.field === 'stem')).toBe(
      true,
    );
    const { questions } = (await app.call('practice:start', { subject: 'jc', chapter: 'jc25-06' })) as { questions: unknown[] };
    expect(questions).toHaveLength(3);
  });

  it('keeps earlier progress when the answer log was cut off mid-line by a crash, and says so', async () => {
    const dataDir = tempDataDir();
    const q = questionsDirForTesting();
    const at = new Date(2026, 10, 10).getTime();
    const first = await open(dataDir, q, () => at);
    await first.call('practice:answer', { questionId: 'jc25-06-001', choice: ['C'], responseMs: 1 });
    await first.s.dispose();
    appendFileSync(join(dataDir, 'learners', 'default', 'reviews', '2026-11.jsonl'), '{"questionId":"jc25-06-002","at":17');
    const again = await open(dataDir, q, () => at + 1000);
    expect((await again.s.answers.history()).map((r) => r.questionId)).toEqual(['jc25-06-001']);
    const status = (await again.call('app:status')) as { storageNotices: string[]; storageProblem: string | null };
    expect(status.storageNotices.join('')).toMatch(/没有写完整/);
    expect(status.storageProblem).toBeNull();
  });
});

import { openForTesting } from '../../../test/support/openForTesting';
import { describe, expect, it } from 'vitest';
import { caseItemForTesting } from '../../../test/support/bankFixtures';
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

  it('收藏 and notes take cases: starred cases are listed with their note and latest self-mark, and open alone', async () => {
    const dataDir = tempDataDir();
    const q = questionsDirForTesting({
      'mp/mp25-15-more.json': {
        bankVersion: 1,
        subject: 'mp',
        items: [caseItemForTesting({ id: 'mp25-15-c02', title: '第二道案例' })],
      },
    });
    const call = await open(dataDir, q);
    type Start = { cases: { id: string; favourite: boolean; note: string }[] };
    const first = (await call('cases:start', { subject: 'mp', chapter: 'mp25-15' })) as Start;
    expect(first.cases.map((c) => [c.id, c.favourite, c.note]).sort()).toEqual([
      ['mp25-15-c01', false, ''],
      ['mp25-15-c02', false, ''],
    ]);
    expect(await call('cases:favourites')).toEqual([]);
    expect(await call('collections:setFavourite', { questionId: 'mp25-15-c02', on: true })).toEqual({ favourite: true });
    expect(await call('collections:setNote', { questionId: 'mp25-15-c02', text: '记住：先写需要，再写策略' })).toEqual({
      note: '记住：先写需要，再写策略',
    });
    await call('cases:record', { questionId: 'mp25-15-c02', answers: ['一', '二'], covered: [[0], []] });
    await call('cases:record', { questionId: 'mp25-15-c02', answers: ['一', '二'], covered: [[0, 1], [0]] });

    // After a restart: the list, the one-case set, and the flags in the chapter set.
    const again = await open(dataDir, q);
    expect(await again('cases:favourites')).toEqual([
      {
        id: 'mp25-15-c02',
        subject: 'mp',
        chapter: 'mp25-15',
        chapterTitle: '老年社会工作服务',
        caseKind: 'analysis',
        title: '第二道案例',
        at: Date.UTC(2026, 10, 28),
        note: '记住：先写需要，再写策略',
        attempts: 2,
        lastScore: 20,
        maxScore: 20,
      },
    ]);
    const one = (await again('cases:start', { subject: 'mp', chapter: 'mp25-15', questionId: 'mp25-15-c02' })) as Start;
    expect(one.cases.map((c) => [c.id, c.favourite, c.note])).toEqual([['mp25-15-c02', true, '记住：先写需要，再写策略']]);
    // A case of another chapter, or an objective item, is not a one-case set of this chapter.
    await expect(again('cases:start', { subject: 'mp', chapter: 'mp25-15', questionId: 'jc25-06-001' })).rejects.toThrow(/NOT_FOUND/);
    // Objective 收藏 stay as they were: a starred case is not among them (it has no options to show).
    await again('collections:setFavourite', { questionId: 'jc25-06-001', on: true });
    expect(((await again('collections:favourites')) as { id: string }[]).map((f) => f.id)).toEqual(['jc25-06-001']);
    expect(((await again('cases:favourites')) as { id: string }[]).map((f) => f.id)).toEqual(['mp25-15-c02']);
    // 取消收藏 takes it out; the note stays with the case.
    await again('collections:setFavourite', { questionId: 'mp25-15-c02', on: false });
    expect(await again('cases:favourites')).toEqual([]);
    const after = (await again('cases:start', { subject: 'mp', chapter: 'mp25-15', questionId: 'mp25-15-c02' })) as Start;
    expect(after.cases[0]).toMatchObject({ favourite: false, note: '记住：先写需要，再写策略' });
    // An unknown id is refused with a message, and nothing is written.
    await expect(again('collections:setFavourite', { questionId: 'mp25-15-c99', on: true })).rejects.toThrow(/NOT_FOUND/);
  });

  it('refuses unknown cases and objective items as cases', async () => {
    const call = await open(tempDataDir(), questionsDirForTesting());
    await expect(call('cases:reference', { questionId: 'jc25-06-001' })).rejects.toThrow(/NOT_FOUND/);
    await expect(call('cases:record', { questionId: 'nope', answers: [], covered: [] })).rejects.toThrow(/NOT_FOUND/);
    await expect(call('cases:start', { subject: 'mp', chapter: 'jc25-06' })).rejects.toThrow(/NOT_FOUND/);
  });
});

import { describe, expect, it } from 'vitest';
import { inProcessBackend } from '../../../../test/support/inProcessBackend';
import { ExamMarking } from './examMarking.svelte';

async function submittedCasePaper() {
  const backend = await inProcessBackend();
  const v = await backend['exam:start']({ subject: 'mp', custom: { counts: { analysis: 1 }, minutes: 30 } });
  await backend['exam:submit']({ id: v.id });
  const m = new ExamMarking(backend, v.id);
  await m.load();
  const item = () => m.result!.items[0]!;
  return { m, item };
}

describe('ExamMarking', () => {
  it('keeps ticks of an unmarked case as a draft until 这题评分完成, then saves each tick at once', async () => {
    const { m, item } = await submittedCasePaper();
    expect(m.result).toMatchObject({ caseCount: 1, pendingMarks: 1 });
    expect(m.startsOpen(item().id)).toBe(true);
    await m.toggle(item(), 0, 1);
    await m.toggle(item(), 1, 0);
    expect(m.tickedScore(item())).toBe(15);
    expect(m.isTicked(item(), 0, 1)).toBe(true);
    expect(m.result).toMatchObject({ pendingMarks: 1, score: 0 }); // nothing recorded yet
    await m.finish(item());
    expect(m.result).toMatchObject({ pendingMarks: 0, score: 15, passed: true });
    expect(m.markedCount).toBe(1);
    // Marked: a tick is saved straight away.
    await m.toggle(item(), 1, 0);
    expect(m.result).toMatchObject({ pendingMarks: 0, score: 5, passed: false });
    expect(item().covered).toEqual([[1], []]);
  });

  it('records a case where no point was covered without ticking anything', async () => {
    const { m, item } = await submittedCasePaper();
    await m.finish(item());
    expect(m.result).toMatchObject({ pendingMarks: 0, score: 0, passed: false });
    expect(item()).toMatchObject({ outcome: 'marked', covered: [[], []] });
  });

  it("reads the 收藏 and notes of the paper's objective items, so they can be starred while reviewing", async () => {
    const backend = await inProcessBackend();
    const v = await backend['exam:start']({ subject: 'jc', custom: { counts: { single: 2 }, minutes: 10 } });
    await backend['exam:submit']({ id: v.id });
    const m = new ExamMarking(backend, v.id);
    await m.load();
    const ids = m.result!.items.map((i) => i.id);
    expect(Object.keys(m.collections).sort()).toEqual([...ids].sort());
    expect(Object.values(m.collections).every((c) => !c.favourite && c.note === '')).toBe(true);
  });
});

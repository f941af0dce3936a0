import { describe, expect, it } from 'vitest';
import { allocate, assemblePaper, type PoolItem } from './assemble';
import { judgePaper, scorePaper } from './scorePaper';
import { formatClock, remaining } from './timer';

function pool(spec: Record<string, { single: number; multiple: number }>): PoolItem[] {
  const out: PoolItem[] = [];
  for (const [chapter, n] of Object.entries(spec)) {
    for (let i = 0; i < n.single; i++) out.push({ id: `${chapter}-s${i}`, chapter, kind: 'single' });
    for (let i = 0; i < n.multiple; i++) out.push({ id: `${chapter}-m${i}`, chapter, kind: 'multiple' });
  }
  return out;
}

describe('allocate', () => {
  it('follows the weights and sums to n', () => {
    const cap = new Map([
      ['a', 100],
      ['b', 100],
      ['c', 100],
    ]);
    expect([...allocate(10, cap, { a: 5, b: 3, c: 2 })]).toEqual([
      ['a', 5],
      ['b', 3],
      ['c', 2],
    ]);
    const odd = allocate(7, cap, { a: 1, b: 1, c: 1 });
    expect([...odd.values()].reduce((x, y) => x + y, 0)).toBe(7);
  });
  it('gives what a small chapter cannot take to the others', () => {
    const r = allocate(
      10,
      new Map([
        ['a', 2],
        ['b', 100],
      ]),
      { a: 9, b: 1 },
    );
    expect([...r]).toEqual([
      ['a', 2],
      ['b', 8],
    ]);
  });
});

describe('assemblePaper', () => {
  const p = pool({ c1: { single: 30, multiple: 10 }, c2: { single: 30, multiple: 10 }, c3: { single: 30, multiple: 10 } });
  const req = { counts: { single: 60, multiple: 20 }, weights: { c1: 2, c2: 1, c3: 1 }, recent: new Set<string>(), seed: 42 };

  it('draws the blueprint’s counts, by chapter weight, singles first', () => {
    const r = assemblePaper(p, req);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.ids).toHaveLength(80);
    expect(new Set(r.ids).size).toBe(80);
    expect(r.ids.slice(0, 60).every((id) => id.includes('-s'))).toBe(true);
    expect(r.ids.filter((id) => id.startsWith('c1-s'))).toHaveLength(30);
    expect(r.ids.filter((id) => id.startsWith('c2-s'))).toHaveLength(15);
  });

  it('is reproducible from its seed, and another seed gives another paper', () => {
    expect(assemblePaper(p, req)).toEqual(assemblePaper(p, req));
    expect(assemblePaper(p, { ...req, seed: 43 })).not.toEqual(assemblePaper(p, req));
  });

  it('avoids items from recent mocks while the pool allows', () => {
    const first = assemblePaper(p, { ...req, counts: { single: 20, multiple: 5 } });
    if (!first.ok) throw new Error('no paper');
    const second = assemblePaper(p, { ...req, counts: { single: 20, multiple: 5 }, recent: new Set(first.ids), seed: 7 });
    if (!second.ok) throw new Error('no paper');
    expect(second.ids.filter((id) => first.ids.includes(id))).toEqual([]);
  });

  it('refuses a paper the bank cannot fill, saying what is available', () => {
    expect(assemblePaper(p, { ...req, counts: { single: 100, multiple: 20 } })).toEqual({
      ok: false,
      available: { single: 90, multiple: 30 },
    });
    expect(assemblePaper(p, { ...req, chapters: ['c1'] })).toEqual({ ok: false, available: { single: 30, multiple: 10 } });
  });
});

describe('timer', () => {
  it('counts down from a stored deadline and never goes below zero', () => {
    const deadline = Date.UTC(2026, 10, 28, 14);
    expect(remaining(deadline, deadline - 90_500)).toBe(90_500);
    expect(remaining(deadline, deadline + 5)).toBe(0);
    expect(formatClock(2 * 3600_000)).toBe('02:00:00');
    expect(formatClock(59_001)).toBe('00:01:00');
  });
});

describe('scorePaper', () => {
  it('scores by the official rules with per-chapter totals', () => {
    const items = [
      { id: 's1', chapter: 'a', type: 'single' as const, answer: ['A'] },
      { id: 's2', chapter: 'a', type: 'single' as const, answer: ['B'] },
      { id: 'm1', chapter: 'b', type: 'multiple' as const, answer: ['A', 'C', 'D'] },
      { id: 'm2', chapter: 'b', type: 'multiple' as const, answer: ['B', 'E'] },
    ];
    const r = scorePaper(items, { s1: ['A'], m1: ['A', 'C'], m2: ['B', 'C'] }, {});
    expect(r.score).toBe(1 + 0 + 1 + 0);
    expect(r.max).toBe(6);
    expect(r.unanswered).toBe(1);
    expect(r.chapters).toEqual([
      { chapter: 'a', items: 2, correct: 1, score: 1, max: 2, pending: 0 },
      { chapter: 'b', items: 2, correct: 0, score: 1, max: 4, pending: 0 },
    ]);
    expect(r).toMatchObject({ caseCount: 0, pendingMarks: 0 });
  });
  it('scores case items by the ticked points once marked', () => {
    const c = {
      id: 'c',
      chapter: 'x',
      type: 'case' as const,
      questions: [{ points: [{ score: 5 }, { score: 5 }] }, { points: [{ score: 10 }] }],
    };
    expect(scorePaper([c], {}, {}).items[0]).toMatchObject({ score: 0, max: 20, outcome: 'unmarked' });
    expect(scorePaper([c], {}, { c: [[0], [0]] }).score).toBe(15);
  });
  it('counts cases without a mark as pending, and a mark covering no point as a real 0', () => {
    const c = (id: string, chapter: string) => ({
      id,
      chapter,
      type: 'case' as const,
      questions: [{ points: [{ score: 5 }, { score: 5 }] }, { points: [{ score: 10 }] }],
    });
    const paper = [c('c1', 'x'), c('c2', 'x'), c('c3', 'y')];
    const none = scorePaper(paper, {}, {});
    expect(none).toMatchObject({ score: 0, max: 60, caseCount: 3, pendingMarks: 3 });
    expect(none.chapters).toEqual([
      { chapter: 'x', items: 2, correct: 0, score: 0, max: 40, pending: 2 },
      { chapter: 'y', items: 1, correct: 0, score: 0, max: 20, pending: 1 },
    ]);
    const some = scorePaper(paper, {}, { c1: [[], []], c3: [[0, 1], [0]] });
    expect(some).toMatchObject({ score: 20, caseCount: 3, pendingMarks: 1 });
    expect(some.items.map((i) => i.outcome)).toEqual(['marked', 'unmarked', 'marked']);
    expect(some.items[0]).toMatchObject({ score: 0, outcome: 'marked' });
    // An empty list (no sub-question listed) is a mark too.
    expect(scorePaper(paper, {}, { c1: [], c2: [], c3: [] })).toMatchObject({ score: 0, pendingMarks: 0 });
  });
});

describe('judgePaper', () => {
  it('gives no verdict while a case waits for its mark, however high the partial score', () => {
    expect(judgePaper({ score: 60, max: 100, pendingMarks: 2 }, 60)).toEqual({ passScore: 60, passed: false, pendingMarks: 2 });
    expect(judgePaper({ score: 60, max: 100, pendingMarks: 0 }, 60)).toEqual({ passScore: 60, passed: true, pendingMarks: 0 });
    expect(judgePaper({ score: 59.5, max: 100, pendingMarks: 0 }, 60)).toMatchObject({ passed: false });
    expect(judgePaper({ score: 3, max: 6, pendingMarks: 0 }, 50)).toEqual({ passScore: 3, passed: true, pendingMarks: 0 });
  });
});

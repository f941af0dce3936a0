import { describe, expect, it } from 'vitest';
import { caseMaxScore, caseScore, normaliseCovered } from './caseScore';

const item = {
  questions: [{ points: [{ score: 2 }, { score: 3 }, { score: 1 }] }, { points: [{ score: 4 }, { score: 10 }] }],
};

describe('case self-marking', () => {
  it('sums the ticked points', () => {
    expect(caseMaxScore(item)).toBe(20);
    expect(caseScore(item, [[0, 2], [1]])).toBe(13);
    expect(caseScore(item, [])).toBe(0);
  });

  it('ignores repeated and unknown indexes', () => {
    expect(caseScore(item, [[1, 1, 1, 7], [0, 0, -1], [0]])).toBe(7);
  });

  it('stores a mark as one sorted list of known points per sub-question; nothing covered is a list of empty lists', () => {
    expect(normaliseCovered(item, [[2, 0, 0], [1]])).toEqual([[0, 2], [1]]);
    expect(normaliseCovered(item, [])).toEqual([[], []]);
    expect(normaliseCovered(item, [[], []])).toEqual([[], []]);
    expect(normaliseCovered(item, [[7, -1, 1.5, 1], [2], [0]])).toEqual([[1], []]);
    expect(caseScore(item, normaliseCovered(item, []))).toBe(0);
  });
});

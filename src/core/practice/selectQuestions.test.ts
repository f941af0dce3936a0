import { describe, expect, it } from 'vitest';
import { selectPracticeSet } from './selectQuestions';

const qs = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));

describe('selectPracticeSet', () => {
  it('serves unanswered questions in bank order first', () => {
    expect(selectPracticeSet(qs, new Map(), 3).map((q) => q.id)).toEqual(['a', 'b', 'c']);
  });

  it('then questions last answered wrongly, oldest first, then the rest, least recent first', () => {
    const latest = new Map([
      ['a', { questionId: 'a', at: 5, correct: true }],
      ['b', { questionId: 'b', at: 9, correct: false }],
      ['c', { questionId: 'c', at: 3, correct: false }],
      ['d', { questionId: 'd', at: 1, correct: true }],
    ]);
    expect(selectPracticeSet(qs, latest, 10).map((q) => q.id)).toEqual(['e', 'c', 'b', 'd', 'a']);
  });

  it('respects the limit', () => {
    expect(selectPracticeSet(qs, new Map(), 2)).toHaveLength(2);
  });
});

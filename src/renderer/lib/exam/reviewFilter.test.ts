import { describe, expect, it } from 'vitest';
import type { ExamResult } from '@shared/ipc/contract';
import { isBlank, isWrong, reviewCounts, reviewRows } from './reviewFilter';

type Item = ExamResult['items'][number];
const item = (id: string, outcome: string, o: Partial<Item> = {}): Item => ({
  id,
  type: 'single',
  caseKind: null,
  stem: id,
  options: [],
  choice: [],
  answer: ['A'],
  explanation: '',
  basis: '',
  outcome,
  flagged: false,
  score: outcome === 'correct' ? 1 : 0,
  max: 1,
  caseAnswers: [],
  points: [],
  covered: [],
  ...o,
});

const items = [
  item('q1', 'correct', { flagged: true }),
  item('q2', 'wrong'),
  item('q3', 'blank', { flagged: true }),
  item('q4', 'partial', { type: 'multiple', max: 2, score: 0.5 }),
  item('c1', 'marked', { type: 'case', caseAnswers: ['写了'], score: 10, max: 20 }),
  item('c2', 'unmarked', { type: 'case', caseAnswers: ['', '  '], max: 20 }),
];

describe('review filters', () => {
  it('keeps unanswered items apart from wrong ones', () => {
    expect(items.map(isBlank)).toEqual([false, false, true, false, false, true]);
    expect(items.map(isWrong)).toEqual([false, true, false, true, true, false]);
  });

  it('filters 只看错题 / 未答 / 标记 and keeps each item’s number in the paper', () => {
    expect(reviewRows(items, 'all').map((r) => r.no)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(reviewRows(items, 'wrong').map((r) => `${r.no}:${r.it.id}`)).toEqual(['2:q2', '4:q4', '5:c1']);
    expect(reviewRows(items, 'blank').map((r) => `${r.no}:${r.it.id}`)).toEqual(['3:q3', '6:c2']);
    expect(reviewRows(items, 'flagged').map((r) => `${r.no}:${r.it.id}`)).toEqual(['1:q1', '3:q3']);
  });

  it('counts each filter', () => {
    expect(reviewCounts(items)).toEqual({ all: 6, wrong: 3, blank: 2, flagged: 2 });
    expect(reviewCounts([])).toEqual({ all: 0, wrong: 0, blank: 0, flagged: 0 });
  });
});

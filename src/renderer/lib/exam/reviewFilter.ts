import type { ExamResult } from '@shared/ipc/contract';

type ResultItem = ExamResult['items'][number];

/** The exam review's filters: 全部 / 只看错题 / 未答 / 标记. */
export type ReviewFilter = 'all' | 'wrong' | 'blank' | 'flagged';

export const REVIEW_FILTERS: readonly ReviewFilter[] = ['all', 'wrong', 'blank', 'flagged'];

/** Not answered at all: no option chosen, or a case with nothing typed. */
export function isBlank(it: ResultItem): boolean {
  return it.type === 'case' ? !it.caseAnswers.some((t) => t.trim()) : it.outcome === 'blank';
}

/** Answered but not fully right (错 or 少选); an unanswered item is counted apart, never as wrong. */
export function isWrong(it: ResultItem): boolean {
  if (isBlank(it)) return false;
  if (it.type === 'case') return it.outcome === 'marked' && it.score < it.max;
  return it.outcome === 'wrong' || it.outcome === 'partial';
}

export function matches(it: ResultItem, f: ReviewFilter): boolean {
  return f === 'all' || (f === 'wrong' ? isWrong(it) : f === 'blank' ? isBlank(it) : it.flagged);
}

/** The review's rows under a filter, each with its number in the paper (1-based), so numbering survives filtering. */
export function reviewRows(items: readonly ResultItem[], f: ReviewFilter): { it: ResultItem; no: number }[] {
  return items.flatMap((it, i) => (matches(it, f) ? [{ it, no: i + 1 }] : []));
}

/** How many items each filter shows. */
export function reviewCounts(items: readonly ResultItem[]): Record<ReviewFilter, number> {
  const n = (f: ReviewFilter) => items.filter((it) => matches(it, f)).length;
  return { all: items.length, wrong: n('wrong'), blank: n('blank'), flagged: n('flagged') };
}

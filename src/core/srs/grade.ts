import type { Grade } from './cardState';

/** Below this many earlier correct answers of a type, "slow" is not judged (no reliable median yet). */
export const MIN_TIMES_FOR_MEDIAN = 20;
/** "Well above" the learner's own median: more than this many times it. */
export const SLOW_FACTOR = 2;

/**
 * The `k`-th smallest (from 0) of `s`, which it reorders so that every element before index `k` is ≤ it (Hoare's
 * selection: linear time on average instead of a sort). Runs on every right answer (the 201 kept times of its type):
 * a sort with a comparator took ~23 µs there, this ~2.
 */
function selectKth(s: number[], k: number): number {
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const pivot = s[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (s[i]! < pivot) i++;
      while (s[j]! > pivot) j--;
      if (i <= j) {
        const t = s[i]!;
        s[i] = s[j]!;
        s[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return s[k]!;
  }
  return s[k]!;
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs];
  const mid = s.length >> 1;
  const upper = selectKth(s, mid);
  if (s.length % 2) return upper;
  // Everything before `mid` is ≤ the upper middle now: the lower middle is the largest of them.
  let lower = s[0]!;
  for (let i = 1; i < mid; i++) if (s[i]! > lower) lower = s[i]!;
  return (lower + upper) / 2;
}

/**
 * The grade is derived, never asked: wrong → again; right but "我是猜的" → again; right but slow (more than twice the
 * learner's own median time for this item type, once there are enough answers to know it) → hard; right → good.
 */
export function deriveGrade(a: { correct: boolean; guessed: boolean; responseMs: number; typeTimes: readonly number[] }): Grade {
  if (!a.correct || a.guessed) return 'again';
  if (a.typeTimes.length >= MIN_TIMES_FOR_MEDIAN) {
    const m = median(a.typeTimes);
    if (m !== null && a.responseMs > SLOW_FACTOR * m) return 'hard';
  }
  return 'good';
}

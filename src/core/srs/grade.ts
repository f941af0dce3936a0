import type { Grade } from './cardState';

/** Below this many earlier correct answers of a type, "slow" is not judged (no reliable median yet). */
export const MIN_TIMES_FOR_MEDIAN = 20;
/** "Well above" the learner's own median: more than this many times it. */
export const SLOW_FACTOR = 2;

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
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

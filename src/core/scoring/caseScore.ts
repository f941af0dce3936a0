/** Self-marking of a case item: the learner ticks the reference points they covered; the score is their sum. */
export interface CasePoints {
  questions: readonly { points: readonly { score: number }[] }[];
}

export function caseMaxScore(item: CasePoints): number {
  return item.questions.reduce((s, q) => s + q.points.reduce((t, p) => t + p.score, 0), 0);
}

/**
 * Sums the scores of the ticked points. `covered[i]` lists point indexes of sub-question i; unknown or repeated
 * indexes are ignored, so a tampered payload cannot score above the maximum.
 */
export function caseScore(item: CasePoints, covered: readonly (readonly number[])[]): number {
  let total = 0;
  item.questions.forEach((q, i) => {
    for (const p of new Set(covered[i] ?? [])) total += q.points[p]?.score ?? 0;
  });
  return total;
}

/**
 * A mark as stored: one sorted list of known point indexes per sub-question, so "marked, nothing covered" is
 * `[[], [], …]` (a real mark worth 0) and never confused with "not marked yet" (no entry at all).
 */
export function normaliseCovered(item: CasePoints, covered: readonly (readonly number[])[]): number[][] {
  return item.questions.map((q, i) =>
    [...new Set(covered[i] ?? [])].filter((p) => Number.isInteger(p) && p >= 0 && p < q.points.length).sort((a, b) => a - b),
  );
}

/** A case counts as passed at 60 % of its points, the exam's pass ratio. */
export const CASE_PASS_RATIO = 0.6;

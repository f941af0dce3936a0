/** Right answers over answers, per group, for answers at or after `since` (null when the group has none). */
export function accuracyBy(
  answers: Iterable<{ questionId: string; at: number; correct: boolean }>,
  groupOf: (questionId: string) => string | undefined,
  since: number,
): Map<string, { answers: number; correct: number }> {
  const out = new Map<string, { answers: number; correct: number }>();
  for (const a of answers) {
    if (a.at < since) continue;
    const g = groupOf(a.questionId);
    if (g === undefined) continue;
    const x = out.get(g) ?? { answers: 0, correct: 0 };
    x.answers++;
    if (a.correct) x.correct++;
    out.set(g, x);
  }
  return out;
}

/**
 * The same as {@link accuracyBy} from 0, from per-question counts (every answer counted once in `attempts`), so the
 * all-time figure needs no pass over the log.
 */
export function accuracyOfStats(
  stats: Iterable<[string, { attempts: number; corrects: number }]>,
  groupOf: (questionId: string) => string | undefined,
): Map<string, { answers: number; correct: number }> {
  const out = new Map<string, { answers: number; correct: number }>();
  for (const [id, st] of stats) {
    const g = groupOf(id);
    if (g === undefined) continue;
    const x = out.get(g) ?? { answers: 0, correct: 0 };
    out.set(g, { answers: x.answers + st.attempts, correct: x.correct + st.corrects });
  }
  return out;
}

export const share = (x: { answers: number; correct: number } | undefined): number | null =>
  x && x.answers ? x.correct / x.answers : null;

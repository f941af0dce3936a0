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

export const share = (x: { answers: number; correct: number } | undefined): number | null =>
  x && x.answers ? x.correct / x.answers : null;

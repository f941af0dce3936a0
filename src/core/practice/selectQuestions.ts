/**
 * Chooses a chapter-practice set: questions never answered first (bank order), then those last answered wrongly
 * (oldest first), then the rest (least recently answered first). Deterministic, so a set can be reproduced.
 */
export function selectPracticeSet<Q extends { id: string }>(
  questions: readonly Q[],
  latest: ReadonlyMap<string, { at: number; correct: boolean }>,
  limit: number,
): Q[] {
  const fresh: Q[] = [];
  const wrong: { q: Q; at: number }[] = [];
  const right: { q: Q; at: number }[] = [];
  for (const q of questions) {
    const a = latest.get(q.id);
    if (!a) fresh.push(q);
    else (a.correct ? right : wrong).push({ q, at: a.at });
  }
  const byAge = (x: { at: number }, y: { at: number }) => x.at - y.at;
  return [...fresh, ...wrong.sort(byAge).map((x) => x.q), ...right.sort(byAge).map((x) => x.q)].slice(0, limit);
}

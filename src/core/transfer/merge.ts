/** A key that identifies one answer across machines (the same answer exported twice has the same key). */
export function answerKey(r: { questionId: string; at: number; mode: string; choice: readonly string[] }): string {
  return `${r.questionId}|${r.at}|${r.mode}|${r.choice.join('')}`;
}

/** Items of `incoming` whose key is not in `existing` (first occurrence wins within `incoming`). */
export function missingByKey<T>(existing: readonly T[], incoming: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set(existing.map(key));
  const out: T[] = [];
  for (const x of incoming) {
    const k = key(x);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(x);
  }
  return out;
}

/** Favourites: the union, keeping the earlier star time. */
export function mergeFavourites(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = { ...a };
  for (const [id, at] of Object.entries(b)) out[id] = Math.min(out[id] ?? at, at);
  return out;
}

/** Notes: per question, the one written last. */
export function mergeNotes<N extends { at: number }>(a: Readonly<Record<string, N>>, b: Readonly<Record<string, N>>): Record<string, N> {
  const out: Record<string, N> = { ...a };
  for (const [id, n] of Object.entries(b)) if (!out[id] || n.at > out[id].at) out[id] = n;
  return out;
}

/** 从错题本移除 times from two machines: the later removal of each item wins. */
export function mergeDismissed(ours: Readonly<Record<string, number>>, theirs: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = { ...ours };
  for (const [id, at] of Object.entries(theirs)) out[id] = Math.max(out[id] ?? 0, at);
  return out;
}

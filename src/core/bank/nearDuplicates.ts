/** Character bigrams of a text with spaces and punctuation removed (Chinese has no word breaks). */
export function bigrams(text: string): Set<string> {
  const clean = text.replace(/[\s\p{P}\p{S}]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i < clean.length - 1; i++) out.add(clean.slice(i, i + 2));
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

export interface NearDuplicate {
  a: string;
  b: string;
  similarity: number;
}

/**
 * Pairs of texts whose bigram Jaccard similarity reaches `threshold`. Uses an inverted index on bigrams so only
 * texts sharing material are compared.
 */
export function findNearDuplicates(texts: readonly { id: string; text: string }[], threshold = 0.8): NearDuplicate[] {
  const grams = texts.map((t) => bigrams(t.text));
  const index = new Map<string, number[]>();
  const out: NearDuplicate[] = [];
  grams.forEach((g, i) => {
    const shared = new Map<number, number>();
    for (const x of g) for (const j of index.get(x) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, inter] of shared) {
      const other = grams[j]!;
      const sim = inter / (g.size + other.size - inter);
      if (sim >= threshold) out.push({ a: texts[j]!.id, b: texts[i]!.id, similarity: Math.round(sim * 100) / 100 });
    }
    for (const x of g) {
      const list = index.get(x) ?? [];
      list.push(i);
      index.set(x, list);
    }
  });
  return out;
}

/**
 * Near-duplicate detection for the question banks (used by `npm run bank:check`).
 *
 * Chinese has no word breaks, so texts are compared as sets of character bigrams (Jaccard). Objective items are
 * compared on three separate measures, so shuffled options, a reworded scenario or a changed question word do not
 * hide a duplicate:
 * - stem: the stem alone, normalised (whitespace, punctuation, symbols and the answer blank （　） removed);
 * - options: the option texts as a set — the union of each option's bigrams, so the order (and the keys) do not count;
 * - keyed: the same over the keyed options only (does the pair reward the same answer?).
 */

/** A text with whitespace, punctuation and symbols removed — this also drops the answer blank （　） / ( ). */
export function normalise(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]/gu, '');
}

/** Character bigrams of a normalised text; a one-character text is its own single gram. */
export function bigrams(text: string): Set<string> {
  const clean = normalise(text);
  const out = new Set<string>();
  if (clean.length === 1) out.add(clean);
  for (let i = 0; i < clean.length - 1; i++) out.add(clean.slice(i, i + 2));
  return out;
}

/** Bigrams of a set of option texts: the union of each text's bigrams, so order does not matter. */
export function optionBigrams(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts) for (const g of bigrams(t)) out.add(g);
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
 * Pairs of texts whose bigram Jaccard similarity reaches `threshold` (used for case materials). Uses an inverted
 * index on bigrams so only texts sharing material are compared.
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

/** An objective item as the comparison sees it. */
export interface ComparableItem {
  id: string;
  /** Items of one group (one exam level) are taken by the same learner; pairs are reported with `sameGroup`. */
  group: string;
  stem: string;
  /** Option texts in any order. */
  options: readonly string[];
  /** Texts of the keyed options. */
  keyed: readonly string[];
}

/** An objective item as the near-duplicate check compares it (cases have no options: none). */
export function comparableOf(
  item: { id: string; type: string; stem?: string; options?: readonly { key: string; text: string }[]; answer?: readonly string[] },
  group: string,
): ComparableItem[] {
  if (item.type === 'case' || item.stem === undefined || !item.options || !item.answer) return [];
  const answer = item.answer;
  return [
    {
      id: item.id,
      group,
      stem: item.stem,
      options: item.options.map((o) => o.text),
      keyed: item.options.filter((o) => answer.includes(o.key)).map((o) => o.text),
    },
  ];
}

export interface ItemSimilarity {
  stem: number;
  options: number;
  keyed: number;
}

/** Which rule made a pair a near-duplicate. */
export type DuplicateRule = 'same-stem' | 'similar-stem-and-options' | 'reworded-same-answer';

/**
 * Thresholds, chosen on the shipped bank before its dup-fix (889 objective items, 394,716 pairs). Stem similarity over all pairs:
 * ≥ 0.9: 6 · 0.8–0.9: 3 · 0.7–0.8: 11 · 0.6–0.7: 12 · 0.5–0.6: 21 · 0.4–0.5: 75 · 0.3–0.4: 262 · below: the rest.
 * - same-stem: stems ≥ 0.80 are all the same question (9 pairs; the next ones down, 0.71–0.79, include different
 *   questions in the same frame). Some option vocabulary must be shared (≥ 0.08; the real pairs have ≥ 0.11), so two
 *   bare generic stems (下列说法中，正确的是) with unrelated options are not a pair.
 * - similar-stem-and-options: stems 0.60–0.80 hold both same-point pairs and same-frame pairs that ask a different
 *   point (接案 vs 结案, 引导性 vs 影响性技巧, 学校 vs 医务社会工作); the different-point ones share almost no option
 *   text (≤ 0.11), the same-point ones mostly ≥ 0.15.
 * - reworded-same-answer: a reworded scenario (stems ≥ 0.40) rewarding the same answer (keyed ≥ 0.80). Items that
 *   apply one concept to different scenarios (two 比较性需要 cases, with identical options) stay below 0.35 on stems.
 *   A short key (公安机关, 过程评估) only counts when the whole option set is the same too (≥ 0.80).
 */
export const DUPLICATE_THRESHOLDS = {
  sameStem: { stem: 0.8, options: 0.08 },
  similarStemAndOptions: { stem: 0.6, options: 0.15 },
  rewordedSameAnswer: { stem: 0.4, keyed: 0.8, options: 0.8, keyedMinGrams: 6 },
} as const;

const MIN_STEM = Math.min(
  DUPLICATE_THRESHOLDS.sameStem.stem,
  DUPLICATE_THRESHOLDS.similarStemAndOptions.stem,
  DUPLICATE_THRESHOLDS.rewordedSameAnswer.stem,
);

interface Prepared {
  stem: Set<string>;
  options: Set<string>;
  keyed: Set<string>;
}

function prepare(item: Pick<ComparableItem, 'stem' | 'options' | 'keyed'>): Prepared {
  return { stem: bigrams(item.stem), options: optionBigrams(item.options), keyed: optionBigrams(item.keyed) };
}

function similarityOf(a: Prepared, b: Prepared, stem = jaccard(a.stem, b.stem)): ItemSimilarity {
  return { stem, options: jaccard(a.options, b.options), keyed: jaccard(a.keyed, b.keyed) };
}

function ruleFor(s: ItemSimilarity, a: Prepared, b: Prepared): DuplicateRule | null {
  const t = DUPLICATE_THRESHOLDS;
  if (s.stem >= t.sameStem.stem && s.options >= t.sameStem.options) return 'same-stem';
  if (s.stem >= t.similarStemAndOptions.stem && s.options >= t.similarStemAndOptions.options) {
    return 'similar-stem-and-options';
  }
  const r = t.rewordedSameAnswer;
  if (s.stem >= r.stem && s.keyed >= r.keyed && (s.options >= r.options || Math.min(a.keyed.size, b.keyed.size) >= r.keyedMinGrams)) {
    return 'reworded-same-answer';
  }
  return null;
}

/** The three similarities of two items and the rule (if any) that makes them near-duplicates. */
export function compareItems(
  a: Pick<ComparableItem, 'stem' | 'options' | 'keyed'>,
  b: Pick<ComparableItem, 'stem' | 'options' | 'keyed'>,
): { similarity: ItemSimilarity; rule: DuplicateRule | null } {
  const pa = prepare(a);
  const pb = prepare(b);
  const similarity = similarityOf(pa, pb);
  return { similarity, rule: ruleFor(similarity, pa, pb) };
}

export interface SimilarPair {
  /** The earlier item in input order. */
  a: string;
  b: string;
  sameGroup: boolean;
  rule: DuplicateRule;
  /** Rounded to two decimals. */
  similarity: ItemSimilarity;
}

const round = (x: number): number => Math.round(x * 100) / 100;

/**
 * All near-duplicate pairs among objective items, across every subject. Stems are matched through an inverted index
 * on their bigrams (counting shared bigrams per pair), so only pairs whose stems could reach the lowest stem
 * threshold get their options compared.
 */
export function findSimilarItems(items: readonly ComparableItem[]): SimilarPair[] {
  const prepared = items.map(prepare);
  const index = new Map<string, number[]>();
  const shared = new Int32Array(items.length);
  const out: SimilarPair[] = [];
  prepared.forEach((p, i) => {
    const touched: number[] = [];
    for (const g of p.stem) {
      for (const j of index.get(g) ?? []) {
        const count = shared[j]!;
        if (count === 0) touched.push(j);
        shared[j] = count + 1;
      }
    }
    touched.sort((x, y) => x - y);
    for (const j of touched) {
      const inter = shared[j]!;
      shared[j] = 0;
      const q = prepared[j]!;
      const stem = inter / (p.stem.size + q.stem.size - inter);
      if (stem < MIN_STEM) continue;
      const s = similarityOf(q, p, stem);
      const rule = ruleFor(s, q, p);
      if (!rule) continue;
      out.push({
        a: items[j]!.id,
        b: items[i]!.id,
        sameGroup: items[j]!.group === items[i]!.group,
        rule,
        similarity: { stem: round(s.stem), options: round(s.options), keyed: round(s.keyed) },
      });
    }
    for (const g of p.stem) {
      const list = index.get(g);
      if (list) list.push(i);
      else index.set(g, [i]);
    }
  });
  return out;
}

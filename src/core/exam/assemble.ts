import { seededRandom, shuffled } from './random';

export interface PoolItem {
  id: string;
  chapter: string;
  kind: string;
}

export interface PaperRequest {
  /** Items wanted per kind, e.g. { single: 60, multiple: 20 } or { analysis: 4, design: 1 }. */
  counts: Record<string, number>;
  /** Chapter weights (missing chapters weigh 1). */
  weights: Record<string, number>;
  /** Chapters allowed (all when omitted). */
  chapters?: readonly string[];
  /** Items used in recent mocks: avoided while the pool allows. */
  recent: ReadonlySet<string>;
  seed: number;
}

export type PaperResult = { ok: true; ids: string[] } | { ok: false; available: Record<string, number> };

/**
 * Largest-remainder allocation of `n` items over chapters in proportion to `weights`, never giving a chapter more
 * than it has; what a full chapter cannot take goes to the others.
 */
export function allocate(n: number, capacity: ReadonlyMap<string, number>, weights: Record<string, number>): Map<string, number> {
  const out = new Map<string, number>([...capacity.keys()].map((c) => [c, 0]));
  let left = n;
  let open = [...capacity.keys()].filter((c) => (capacity.get(c) ?? 0) > 0);
  while (left > 0 && open.length > 0) {
    const total = open.reduce((s, c) => s + (weights[c] ?? 1), 0);
    const shares = open.map((c) => ({ c, exact: (left * (weights[c] ?? 1)) / total }));
    let given = 0;
    for (const sh of shares) {
      const room = capacity.get(sh.c)! - out.get(sh.c)!;
      const k = Math.min(room, Math.floor(sh.exact));
      out.set(sh.c, out.get(sh.c)! + k);
      given += k;
    }
    // Hand out the remainder by largest fractional part (ties: chapter order), one at a time.
    const byRemainder = shares
      .filter((sh) => out.get(sh.c)! < capacity.get(sh.c)!)
      .sort((x, y) => y.exact - Math.floor(y.exact) - (x.exact - Math.floor(x.exact)));
    for (const sh of byRemainder) {
      if (given >= left) break;
      out.set(sh.c, out.get(sh.c)! + 1);
      given++;
    }
    left -= given;
    open = open.filter((c) => out.get(c)! < capacity.get(c)!);
    if (given === 0) break;
  }
  return out;
}

/**
 * Assembles a paper: per kind, items are allocated to chapters by weight, then drawn at random (seeded) within each
 * chapter, preferring items not used in recent mocks. Kinds keep the order of `counts`; within a kind items follow
 * chapter order. Fails (with what is available) rather than returning a short or padded paper.
 */
export function assemblePaper(pool: readonly PoolItem[], req: PaperRequest): PaperResult {
  const allowed = req.chapters ? new Set(req.chapters) : null;
  const usable = pool.filter((p) => !allowed || allowed.has(p.chapter));
  const available: Record<string, number> = {};
  for (const kind of Object.keys(req.counts)) available[kind] = usable.filter((p) => p.kind === kind).length;
  if (Object.entries(req.counts).some(([kind, n]) => (available[kind] ?? 0) < n)) return { ok: false, available };

  const rand = seededRandom(req.seed);
  const chapterOrder = [...new Set(usable.map((p) => p.chapter))];
  const ids: string[] = [];
  for (const [kind, n] of Object.entries(req.counts)) {
    const byChapter = new Map<string, PoolItem[]>();
    for (const c of chapterOrder) byChapter.set(c, []);
    for (const p of usable) if (p.kind === kind) byChapter.get(p.chapter)!.push(p);
    const capacity = new Map([...byChapter].map(([c, list]) => [c, list.length]));
    const perChapter = allocate(n, capacity, req.weights);
    for (const c of chapterOrder) {
      const want = perChapter.get(c) ?? 0;
      if (want === 0) continue;
      const list = shuffled(byChapter.get(c)!, rand);
      const fresh = list.filter((p) => !req.recent.has(p.id));
      const used = list.filter((p) => req.recent.has(p.id));
      ids.push(...[...fresh, ...used].slice(0, want).map((p) => p.id));
    }
  }
  return { ok: true, ids };
}

import { FSRS, get_fuzz_range } from 'ts-fsrs';

/** Mash's 2^-32 scale, written as ts-fsrs writes it. */
const SCALE = 23283064365386963e-26;

/** Mash's state after hashing `data` from state `n` (the loop of Baagøe's Mash, with its state passed in and out). */
function mashFrom(n: number, data: string): number {
  for (let i = 0; i < data.length; i++) {
    n += data.charCodeAt(i);
    let h = 0.02519603282416938 * n;
    n = h >>> 0;
    h -= n;
    h *= n;
    n = h >>> 0;
    h -= n;
    n += h * 4294967296;
  }
  return n;
}

/**
 * The first number of Johannes Baagøe's Alea generator seeded with `seed`, as ts-fsrs draws it for each fuzzed
 * interval (`alea(seed)()`), computed with the same floating-point steps in the same order, so it is the same number
 * bit for bit. ts-fsrs' own Mash keeps its state in a closure variable, which V8 boxes on every character; here the
 * state is a plain local. srs.test.ts checks the whole scheduler against stock ts-fsrs over thousands of reviews.
 */
export function aleaFirst(seed: string): number {
  let n = mashFrom(4022871197, ' ');
  let s0 = (n >>> 0) * SCALE;
  n = mashFrom(mashFrom(n, ' '), ' ');
  n = mashFrom(n, seed);
  s0 -= (n >>> 0) * SCALE;
  if (s0 < 0) s0 += 1;
  // Alea's first next() (c = 1) reads only s0; the other two seeds mashes do not change it.
  const t = 2091639 * s0 + SCALE;
  return t - (t | 0);
}

/**
 * ts-fsrs' FSRS with its fuzz factor drawn by {@link aleaFirst}, once per seed: a review draws one number per grade,
 * all from the same seed (the review time, reps and card), so the four draws are one. Everything else, the fuzz range
 * included, is the library's own.
 */
export class FastFuzzFSRS extends FSRS {
  #seed: string | undefined;
  #factor = 0;

  override apply_fuzz(ivl: number, elapsed_days: number): ReturnType<FSRS['apply_fuzz']> {
    const seed = this._seed;
    if (!this.param.enable_fuzz || ivl < 2.5 || seed === undefined) return super.apply_fuzz(ivl, elapsed_days);
    if (seed !== this.#seed) {
      this.#seed = seed;
      this.#factor = aleaFirst(seed);
    }
    const { min_ivl, max_ivl } = get_fuzz_range(ivl, elapsed_days, this.param.maximum_interval);
    return Math.floor(this.#factor * (max_ivl - min_ivl + 1) + min_ivl) as ReturnType<FSRS['apply_fuzz']>;
  }
}

import { describe, expect, it } from 'vitest';
import { median } from './grade';

/** The median as it was computed before (a full sort), the reference the selection must match exactly. */
function sortedMedian(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

describe('median (the learner’s usual pace)', () => {
  it('is null for no times and the value itself for one', () => {
    expect(median([])).toBeNull();
    expect(median([4200])).toBe(4200);
    expect(median([3000, 1000])).toBe(2000);
  });

  it('equals the sorted middle exactly on random lists: odd and even lengths, repeats, sorted and reversed input', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 3000; round++) {
      const n = 1 + Math.floor(rnd() * 240);
      // Few distinct values in some rounds, so repeats of the pivot are common.
      const spread = round % 3 === 0 ? 5 : 60_000;
      const xs = Array.from({ length: n }, () => 500 + Math.floor(rnd() * spread));
      if (round % 7 === 0) xs.sort((a, b) => a - b);
      if (round % 11 === 0) xs.sort((a, b) => b - a);
      const before = [...xs];
      expect(median(xs)).toBe(sortedMedian(xs));
      expect(xs).toEqual(before); // the caller's list is left as it was
    }
  });
});

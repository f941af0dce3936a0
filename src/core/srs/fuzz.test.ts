import { describe, expect, it } from 'vitest';
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type FSRSParameters } from 'ts-fsrs';
import { FastFuzzFSRS } from './fuzz';

/** A fixed pseudo-random sequence (so a failure can be replayed). */
function lcg(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const DAY = 86_400_000;
const GRADES = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const;

describe('the faster fuzz (FastFuzzFSRS)', () => {
  it('draws the same fuzz factor as ts-fsrs, to about 1e-14, for any seed', () => {
    // With a huge interval the fuzz range spans ~1e14 days, so the fuzzed interval shows the factor's digits.
    const p = generatorParameters({ enable_fuzz: true, maximum_interval: 1e15 });
    const stock = fsrs(p);
    const fast = new FastFuzzFSRS(p);
    const rnd = lcg(7);
    let differentDraws = 0;
    let last = -1;
    for (let i = 0; i < 5000; i++) {
      const seed = `${1_700_000_000_000 + Math.floor(rnd() * 1e11)}_${Math.floor(rnd() * 40)}_${rnd() * 100}`;
      stock.seed = seed;
      fast.seed = seed;
      const ivl = 1e15;
      const a = stock.apply_fuzz(ivl, 0);
      expect(fast.apply_fuzz(ivl, 0)).toBe(a);
      if (a !== last) differentDraws++;
      last = a;
    }
    expect(differentDraws).toBeGreaterThan(4900); // the seeds really change the draw
  });

  it('schedules exactly as stock ts-fsrs over long random review histories', () => {
    const rnd = lcg(42);
    const setups: Partial<FSRSParameters>[] = [
      {},
      { request_retention: 0.8 },
      { request_retention: 0.95, maximum_interval: 3650 },
      // Fitted-looking weights (the defaults nudged), as an optimised learner has.
      { w: generatorParameters().w.map((w, i) => (i < 4 ? w * 1.3 : w * 0.97)) },
    ];
    let fuzzed = 0;
    for (const extra of setups) {
      const p = generatorParameters({ enable_short_term: false, enable_fuzz: true, ...extra });
      const stock = fsrs(p);
      const fast = new FastFuzzFSRS(p);
      const plain = fsrs({ ...p, enable_fuzz: false });
      for (let c = 0; c < 150; c++) {
        let now = new Date(Date.UTC(2025, 0, 1) + Math.floor(rnd() * 300 * DAY));
        let card: Card = createEmptyCard(now);
        for (let r = 0; r < 12; r++) {
          const grade = GRADES[Math.floor(rnd() * 4)]!;
          const want = stock.next(card, now, grade);
          expect(fast.next(card, now, grade)).toEqual(want);
          if (plain.next(card, now, grade).card.due.getTime() !== want.card.due.getTime()) fuzzed++;
          card = want.card;
          // Next review: early, on time or late, at any time of day.
          const gap = card.scheduled_days * DAY * (0.3 + rnd() * 1.5) + rnd() * DAY;
          now = new Date(now.getTime() + Math.max(DAY, gap));
        }
      }
    }
    // The comparison covered the fuzzed path, not only intervals too short to fuzz.
    expect(fuzzed).toBeGreaterThan(3000);
  });
});

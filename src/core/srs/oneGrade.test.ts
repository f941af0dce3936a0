import { describe, expect, it } from 'vitest';
import { fsrs, generatorParameters, Rating, State, type Card, type FSRSParameters } from 'ts-fsrs';
import type { CardPhase, CardState, Grade } from './cardState';
import { FastFuzzFSRS } from './fuzz';
import { reviewOneGrade } from './oneGrade';

/** A fixed pseudo-random sequence (so a failure can be replayed). */
function lcg(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const DAY = 86_400_000;
const PHASE: Record<State, CardPhase> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const STATE: Record<CardPhase, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };
const RATING: Record<Grade, Rating.Again | Rating.Hard | Rating.Good> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good };
const GRADES: Grade[] = ['again', 'hard', 'good'];

/** Stock ts-fsrs' `next`, converted to and from our card state as the scheduler did before oneGrade.ts. */
function stockReview(p: FSRSParameters, card: CardState | null, grade: Grade, now: number): CardState {
  const base: Card = card
    ? {
        due: new Date(card.due),
        stability: card.stability,
        difficulty: card.difficulty,
        elapsed_days: card.elapsedDays,
        scheduled_days: card.scheduledDays,
        learning_steps: card.learningSteps,
        reps: card.reps,
        lapses: card.lapses,
        state: STATE[card.phase],
        ...(card.lastReview !== null ? { last_review: new Date(card.lastReview) } : {}),
      }
    : {
        due: new Date(now),
        stability: 0,
        difficulty: 0,
        elapsed_days: 0,
        scheduled_days: 0,
        learning_steps: 0,
        reps: 0,
        lapses: 0,
        state: State.New,
      };
  const c = fsrs(p).next(base, new Date(now), RATING[grade]).card;
  return {
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    phase: PHASE[c.state],
    lastReview: c.last_review ? c.last_review.getTime() : null,
  };
}

const setups: Partial<FSRSParameters>[] = [
  {},
  { request_retention: 0.8 },
  { request_retention: 0.95, maximum_interval: 3650 },
  { request_retention: 0.97, maximum_interval: 30 },
  // Fitted-looking weights (the defaults nudged), as an optimised learner has.
  { w: generatorParameters().w.map((w, i) => (i < 4 ? w * 1.3 : w * 0.97)) },
];

describe('one review for the grade given (reviewOneGrade)', () => {
  it('gives exactly what stock ts-fsrs gives, over long random histories and every parameter set', () => {
    const rnd = lcg(20261203);
    const seen = new Set<string>();
    let compared = 0;
    for (const extra of setups) {
      const p = generatorParameters({ enable_short_term: false, enable_fuzz: true, ...extra });
      const engine = new FastFuzzFSRS(p);
      for (let c = 0; c < 120; c++) {
        let now = Date.UTC(2025, 0, 1) + Math.floor(rnd() * 300 * DAY) + Math.floor(rnd() * DAY);
        let card: CardState | null = null;
        for (let r = 0; r < 14; r++) {
          const grade = GRADES[Math.floor(rnd() * 3)]!;
          const want = stockReview(p, card, grade, now);
          expect(reviewOneGrade(engine, card, grade, now)).toEqual(want);
          compared++;
          seen.add(`${card?.phase ?? 'none'}:${grade}`);
          card = want;
          // Next review: early (the same day too), on time or late, at any time of day.
          const gap = card.scheduledDays * DAY * rnd() * 1.8 + rnd() * DAY;
          now += Math.floor(gap);
        }
      }
    }
    expect(compared).toBe(setups.length * 120 * 14);
    for (const phase of ['none', 'review']) for (const g of GRADES) expect(seen.has(`${phase}:${g}`)).toBe(true);
  });

  it('matches stock ts-fsrs for cards in every phase, as an imported or older record may hold them', () => {
    const rnd = lcg(99);
    const p = generatorParameters({ enable_short_term: false, enable_fuzz: true });
    const engine = new FastFuzzFSRS(p);
    const phases: CardPhase[] = ['new', 'learning', 'review', 'relearning'];
    for (let i = 0; i < 2000; i++) {
      const phase = phases[i % 4]!;
      const last = Date.UTC(2025, 5, 1) + Math.floor(rnd() * 200 * DAY);
      const fresh = phase === 'new' && i % 8 === 0;
      const card: CardState = {
        due: last + Math.floor(rnd() * 40 * DAY),
        stability: fresh ? 0 : 0.5 + rnd() * 200,
        difficulty: fresh ? 0 : 1 + rnd() * 9,
        elapsedDays: Math.floor(rnd() * 30),
        scheduledDays: Math.floor(rnd() * 40),
        learningSteps: Math.floor(rnd() * 3),
        reps: fresh ? 0 : 1 + Math.floor(rnd() * 20),
        lapses: Math.floor(rnd() * 5),
        phase,
        lastReview: i % 16 === 1 ? null : last,
      };
      const now = last + Math.floor(rnd() * 90 * DAY);
      for (const grade of GRADES) expect(reviewOneGrade(engine, card, grade, now)).toEqual(stockReview(p, card, grade, now));
    }
  });

  it('refuses a review dated before the last one, as ts-fsrs does', () => {
    const p = generatorParameters({ enable_short_term: false, enable_fuzz: true });
    const engine = new FastFuzzFSRS(p);
    const now = Date.UTC(2026, 0, 10, 12);
    const card = reviewOneGrade(engine, null, 'good', now);
    expect(() => stockReview(p, card, 'good', now - 2 * DAY)).toThrow();
    expect(() => reviewOneGrade(engine, card, 'good', now - 2 * DAY)).toThrow();
  });
});

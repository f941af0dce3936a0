import { dateDiffInDays, Rating, type FSRS, type FSRSState } from 'ts-fsrs';
import type { CardState, Grade } from './cardState';

const RATING: Record<Grade, Rating.Again | Rating.Hard | Rating.Good> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good };

/**
 * One review of `card` at `now` with `grade`, as ts-fsrs' long-term scheduler (`FSRS.next` with short-term steps off)
 * gives it, step for step, but for the grade given only.
 *
 * The library's `next` works out all four grades on every call — a copy of the card, a memory state, a fuzzed
 * interval and a log for each — and returns one. Here the same algorithm methods run in the same order with the same
 * arguments, for the grades the answer's interval depends on: again needs again's and hard's intervals (again is
 * capped at hard), hard the same (hard is kept above again), good all three (good is kept above hard). Easy is never
 * given (grades are derived, see grade.ts), so it is never computed. `oneGrade.test.ts` holds the result equal to
 * stock ts-fsrs, field for field, over long random histories and every phase and parameter set the app uses.
 */
export function reviewOneGrade(engine: FSRS, card: CardState | null, grade: Grade, now: number): CardState {
  const isNew = card === null || card.phase === 'new';
  const d = card?.difficulty ?? 0;
  const s = card?.stability ?? 0;
  const reps = (card?.reps ?? 0) + 1;
  // AbstractScheduler.init: whole UTC days since the last review (0 for a new card), and the fuzz seed
  // (DefaultInitSeedStrategy: review time, reps after this review, difficulty × stability before it).
  const t = !isNew && card.lastReview !== null ? dateDiffInDays(new Date(card.lastReview), new Date(now)) : 0;
  engine.seed = `${now}_${reps}_${d * s}`;
  // LongTermScheduler.newState passes no retrievability; reviewState (also used for learning) the forgetting curve's.
  const r = isNew ? undefined : engine.forgetting_curve(t, s);
  const memory = { difficulty: d, stability: s };
  const again = engine.next_state(memory, t, Rating.Again, r);
  const hard = engine.next_state(memory, t, Rating.Hard, r);
  // LongTermScheduler.next_interval: each grade's interval, then again ≤ hard < good.
  const againRaw = engine.next_interval(again.stability, t);
  const hardRaw = engine.next_interval(hard.stability, t);
  const againIvl = Math.min(againRaw, hardRaw);
  const hardIvl = Math.max(hardRaw, againIvl + 1);
  let next: FSRSState;
  let ivl: number;
  if (grade === 'again') [next, ivl] = [again, againIvl];
  else if (grade === 'hard') [next, ivl] = [hard, hardIvl];
  else {
    next = engine.next_state(memory, t, RATING.good, r);
    ivl = Math.max(engine.next_interval(next.stability, t), hardIvl + 1);
  }
  return {
    // date_scheduler(review_time, ivl, true), the same product.
    due: now + ivl * 24 * 60 * 60 * 1e3,
    stability: next.stability,
    difficulty: next.difficulty,
    elapsedDays: t,
    scheduledDays: ivl,
    learningSteps: 0,
    reps,
    // reviewState counts a lapse on again (learning cards too); newState does not.
    lapses: (card?.lapses ?? 0) + (grade === 'again' && !isNew ? 1 : 0),
    phase: 'review',
    lastReview: now,
  };
}

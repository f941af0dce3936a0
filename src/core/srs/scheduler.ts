import { CLAMP_PARAMETERS, forgetting_curve, generatorParameters, W17_W18_Ceiling, type FSRS } from 'ts-fsrs';
import type { CardState, Grade, SchedulerParams } from './cardState';
import { DAY } from './calendar';
import { FastFuzzFSRS } from './fuzz';
import { reviewOneGrade } from './oneGrade';

export interface Scheduler {
  /** The card after a review at `now` (ms) with `grade`; `card` null = first review of a new card. */
  review(card: CardState | null, grade: Grade, now: number): CardState;
  /** Predicted probability of recall at `now`. */
  retrievability(card: CardState, now: number): number;
}

/**
 * FSRS-6 through ts-fsrs. Short-term learning steps are off: learners study in daily sessions, so a card's next
 * showing is always on a later day. Fuzz is on; ts-fsrs seeds it from the card and the review time, so the same
 * history always gives the same schedule.
 */
export function createScheduler(params: SchedulerParams): Scheduler {
  // ts-fsrs' own algorithm, with its fuzz factor drawn faster (the same numbers; see fuzz.ts), driven for the one
  // grade given (see oneGrade.ts): this runs on every answer.
  const engine: FSRS = new FastFuzzFSRS(
    generatorParameters({
      request_retention: params.retention,
      enable_short_term: false,
      enable_fuzz: true,
      ...(params.weights ? { w: [...params.weights] } : {}),
    }),
  );
  return {
    review(card, grade, now) {
      return reviewOneGrade(engine, card, grade, now);
    },
    // The library's forgetting curve on our own state (whole days since the last review, as ts-fsrs counts them),
    // without converting the card: this runs for every due card when today's queue is built.
    retrievability(card, now) {
      if (card.phase === 'new' || card.lastReview === null) return 0;
      const days = Math.max(0, Math.floor((now - card.lastReview) / DAY));
      return forgetting_curve(engine.parameters.w, days, card.stability);
    },
  };
}

/**
 * Whether fitted or imported FSRS weights are ones the scheduler accepts: 17, 19 or 21 finite numbers, each within
 * the bounds ts-fsrs clamps its own optimiser output to (a 21-weight set is checked in full; shorter FSRS-5/4.5 sets
 * on their common prefix). Weights outside them would schedule nonsense (intervals of 0 days or of centuries).
 */
export function weightsWithinBounds(w: readonly number[] | null | undefined): w is number[] {
  if (!w || ![17, 19, 21].includes(w.length) || !w.every(Number.isFinite)) return false;
  const bounds = CLAMP_PARAMETERS(W17_W18_Ceiling, false);
  return w.every((x, i) => {
    const b = bounds[i];
    return b !== undefined && x >= b[0]! && x <= b[1]!;
  });
}

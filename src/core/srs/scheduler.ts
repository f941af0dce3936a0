import {
  CLAMP_PARAMETERS,
  createEmptyCard,
  forgetting_curve,
  generatorParameters,
  Rating,
  State,
  W17_W18_Ceiling,
  type Card,
  type FSRS,
} from 'ts-fsrs';
import type { CardPhase, CardState, Grade, SchedulerParams } from './cardState';
import { DAY } from './calendar';
import { FastFuzzFSRS } from './fuzz';

const PHASE: Record<State, CardPhase> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const STATE: Record<CardPhase, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };
const RATING: Record<Grade, Rating.Again | Rating.Hard | Rating.Good> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good };

function fromCard(c: Card): CardState {
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

function toCard(s: CardState): Card {
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: STATE[s.phase],
    ...(s.lastReview !== null ? { last_review: new Date(s.lastReview) } : {}),
  };
}

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
  // ts-fsrs itself, with its fuzz factor drawn faster (the same numbers; see fuzz.ts): this runs on every answer.
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
      const at = new Date(now);
      const base = card ? toCard(card) : createEmptyCard(at);
      return fromCard(engine.next(base, at, RATING[grade]).card);
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

import type { LocalDay } from './calendar';
import { DAY } from './calendar';
import type { Grade, SchedulerParams } from './cardState';
import { createScheduler } from './scheduler';

export interface GradedReview {
  at: number;
  grade: Grade;
}

const RATING: Record<Grade, number> = { again: 1, hard: 2, good: 3 };

/**
 * Training sequences for the FSRS optimizer: for every review after a card's first, the card's reviews so far as
 * (rating, days since the previous review), counted in the learner's local days.
 */
export function trainingSequences(histories: readonly (readonly GradedReview[])[], day: LocalDay): { rating: number; deltaT: number }[][] {
  const out: { rating: number; deltaT: number }[][] = [];
  for (const h of histories) {
    const seq: { rating: number; deltaT: number }[] = [];
    h.forEach((r, i) => {
      const deltaT = i === 0 ? 0 : Math.round((day.startOf(r.at) - day.startOf(h[i - 1]!.at)) / DAY);
      seq.push({ rating: RATING[r.grade], deltaT });
      if (i > 0) out.push([...seq]);
    });
  }
  return out;
}

/**
 * How well parameters predicted the learner's own past: replays each card's reviews and, before every review after
 * the first, compares the predicted recall with what happened (recalled = not "again"). Returns the mean log loss
 * (lower is better), the mean predicted recall and the share of those reviews actually recalled.
 */
export function evaluateParams(
  histories: readonly (readonly GradedReview[])[],
  params: SchedulerParams,
): { logLoss: number; retention: number; actual: number } {
  const e = paramsEvaluator(params);
  for (const h of histories) e.add(h);
  return e.result();
}

/**
 * {@link evaluateParams} one card at a time, so a caller on a busy thread can pause between cards (the service
 * yields to the event loop so answers keep being recorded while a large history is replayed).
 */
export function paramsEvaluator(params: SchedulerParams): {
  add(history: readonly GradedReview[]): void;
  result(): { logLoss: number; retention: number; actual: number };
} {
  const scheduler = createScheduler(params);
  let loss = 0;
  let sumP = 0;
  let recalled = 0;
  let n = 0;
  return {
    add(h) {
      let card = null;
      for (const r of h) {
        if (card) {
          const p = Math.min(1 - 1e-6, Math.max(1e-6, scheduler.retrievability(card, r.at)));
          const y = r.grade === 'again' ? 0 : 1;
          loss += -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
          sumP += p;
          recalled += y;
          n++;
        }
        card = scheduler.review(card, r.grade, r.at);
      }
    },
    result: () => (n === 0 ? { logLoss: 0, retention: 0, actual: 0 } : { logLoss: loss / n, retention: sumP / n, actual: recalled / n }),
  };
}

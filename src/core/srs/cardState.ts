/** Our own card state (camelCase, epoch ms); ts-fsrs types stay inside core/srs. */
export type CardPhase = 'new' | 'learning' | 'review' | 'relearning';

export interface CardState {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  phase: CardPhase;
  lastReview: number | null;
}

/** Grades the app derives from an answer (the learner is never asked to grade). */
export type Grade = 'again' | 'hard' | 'good';

export interface SchedulerParams {
  /** Desired retention, 0.7–0.97. */
  retention: number;
  /** FSRS weights; null = the library's FSRS-6 defaults. */
  weights: readonly number[] | null;
}

/** A stable key for the parameters, so state derived with other parameters is recognised and rebuilt. */
export function paramsKey(p: SchedulerParams): string {
  return `r=${p.retention};w=${p.weights ? p.weights.map((w) => w.toFixed(4)).join(',') : 'default'}`;
}

import { z } from 'zod';
import type { Grade } from '@shared/formats';

/** Our own card state (camelCase, epoch ms); ts-fsrs types stay inside core/srs. Stored as is in the answer index. */
export const CardPhase = z.enum(['new', 'learning', 'review', 'relearning']);
export type CardPhase = z.infer<typeof CardPhase>;

export const CardState = z.object({
  due: z.number(),
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: z.number(),
  reps: z.number(),
  lapses: z.number(),
  phase: CardPhase,
  lastReview: z.number().nullable(),
});
export type CardState = z.infer<typeof CardState>;

/** Grades the app derives from an answer (the learner is never asked to grade). */
export type { Grade };

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

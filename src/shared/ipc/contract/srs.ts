import { z } from 'zod';
import { Empty, type ContractPart } from './common';

export const SrsStatus = z.object({
  reviews: z.number(),
  minReviews: z.number(),
  optimizedAt: z.number().nullable(),
  optimizerAvailable: z.boolean(),
});

export type SrsStatus = z.infer<typeof SrsStatus>;

export const OptimizeResult = z.object({
  applied: z.boolean(),
  /**
   * How well the old and the new weights predicted the learner's past reviews: log loss, mean predicted recall, and
   * the share actually recalled (the same for both).
   */
  before: z.object({ logLoss: z.number(), retention: z.number(), actual: z.number() }),
  after: z.object({ logLoss: z.number(), retention: z.number(), actual: z.number() }),
  message: z.string(),
});

export type OptimizeResult = z.infer<typeof OptimizeResult>;

/**
 * Where 优化参数 stands: it runs off the main thread, so the learner can go on answering, watch its progress and stop
 * it. Polled by the stats screen (`srs:optimizeStatus`); the same value can later be pushed as an event.
 */
export const OptimizeStatus = z.object({
  phase: z.enum(['idle', 'running', 'done', 'failed', 'cancelled']),
  /** Share of the fit done, 0–1 (null until the optimizer first reports). */
  progress: z.number().min(0).max(1).nullable(),
  /** The outcome of the last run that finished. */
  result: OptimizeResult.nullable(),
  /** Why the last run did not finish (failed), for the learner. */
  error: z.string().nullable(),
});

export type OptimizeStatus = z.infer<typeof OptimizeStatus>;

/** The `srs:…` channels. */
export const srsContract = {
  'srs:status': { args: Empty, result: SrsStatus },
  /** Runs 优化参数 and waits for its outcome (tools and tests; the stats screen uses start/status/cancel). */
  'srs:optimize': { args: Empty, result: OptimizeResult },
  /** Starts 优化参数 in the background (no second run while one is running) and returns its status at once. */
  'srs:optimizeStart': { args: Empty, result: OptimizeStatus },
  'srs:optimizeStatus': { args: Empty, result: OptimizeStatus },
  /** Stops a running 优化参数; the current parameters stay. */
  'srs:optimizeCancel': { args: Empty, result: OptimizeStatus },
} satisfies ContractPart<'srs'>;

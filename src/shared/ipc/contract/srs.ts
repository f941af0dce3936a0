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

/** The `srs:…` channels. */
export const srsContract = {
  'srs:status': { args: Empty, result: SrsStatus },
  'srs:optimize': { args: Empty, result: OptimizeResult },
} satisfies ContractPart<'srs'>;

import { z } from 'zod';
import { Empty, type ContractPart } from './common';

/** The `transfer:…` channels. */
export const transferContract = {
  'transfer:export': { args: Empty, result: z.object({ fileName: z.string(), content: z.string() }) },
  'transfer:import': {
    args: z.object({ content: z.string().max(64 * 1024 * 1024), acceptOtherLearner: z.boolean().optional() }),
    result: z.object({
      reviews: z.number(),
      exams: z.number(),
      caseAttempts: z.number(),
      favourites: z.number(),
      notes: z.number(),
      weights: z.boolean(),
    }),
  },
} satisfies ContractPart<'transfer'>;

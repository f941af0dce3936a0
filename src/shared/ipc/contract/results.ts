import { z } from 'zod';
import { AdminPin, type ContractPart } from './common';

/** The `results:…` channels. */
export const resultsContract = {
  'results:csv': {
    args: z.object({ adminPin: AdminPin.optional() }).optional(),
    result: z.object({ fileName: z.string(), content: z.string(), rows: z.number(), skipped: z.number() }),
  },
} satisfies ContractPart<'results'>;

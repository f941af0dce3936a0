import { z } from 'zod';
import { BankProblem, Empty, type ContractPart } from './common';

export const AppStatus = z.object({
  dataDir: z.string(),
  bankProblems: z.array(BankProblem),
  storageNotices: z.array(z.string()),
  /** Set while some record could not be written to disk yet (it is kept in memory and retried). */
  storageProblem: z.string().nullable(),
  /** The open learner's name. */
  learner: z.string().nullable(),
});

export type AppStatus = z.infer<typeof AppStatus>;

/** The `app:…` channels. */
export const appContract = {
  'app:status': { args: Empty, result: AppStatus },
} satisfies ContractPart<'app'>;

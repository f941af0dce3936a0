import { z } from 'zod';
import { AdminPin, BankProblem, Empty, type ContractPart } from './common';

/** The training centre's extra banks: where they are read from, what was loaded and what was skipped. */
export const CentreStatus = z.object({
  dir: z.string(),
  /** launch = --centre-banks / SGL_CENTRE_BANKS (fixed); setting = chosen in 设置; default = centre-banks/ in the data folder. */
  source: z.enum(['launch', 'setting', 'default']),
  exists: z.boolean(),
  files: z.number().int().nonnegative(),
  items: z.number().int().nonnegative(),
  problems: z.array(BankProblem),
  /** Set when the machine settings file could not be used (what happened, in Chinese). */
  notice: z.string().nullable(),
  /** Whether an administrator PIN guards class results and the bank folder on this machine. */
  hasAdminPin: z.boolean(),
});

export type CentreStatus = z.infer<typeof CentreStatus>;

/** The `centre:…` channels. */
export const centreContract = {
  'centre:status': { args: Empty, result: CentreStatus },
  'centre:reload': { args: Empty, result: CentreStatus },
  'centre:setFolder': {
    args: z.object({ dir: z.string().max(1024).nullable(), adminPin: AdminPin.optional() }),
    result: CentreStatus.extend({ saved: z.boolean() }),
  },
} satisfies ContractPart<'centre'>;

import { z } from 'zod';
import { AdminPin, type ContractPart } from './common';

/** The `admin:…` channels. */
export const adminContract = {
  /**
   * Checks the administrator password before 设置 shows 培训机构管理 (throttled like every password check); passes
   * when the machine has none yet. The guarded actions still check the password themselves.
   */
  'admin:check': {
    args: z.object({ pin: AdminPin.optional() }),
    result: z.object({ hasAdminPin: z.boolean() }),
  },
  'admin:setPin': {
    args: z.object({ current: AdminPin.optional(), next: AdminPin.nullable() }),
    result: z.object({ hasAdminPin: z.boolean(), saved: z.boolean() }),
  },
} satisfies ContractPart<'admin'>;

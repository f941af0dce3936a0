import { z } from 'zod';
import { AdminPin, type ContractPart } from './common';

/** The `admin:…` channels. */
export const adminContract = {
  'admin:setPin': {
    args: z.object({ current: AdminPin.optional(), next: AdminPin.nullable() }),
    result: z.object({ hasAdminPin: z.boolean(), saved: z.boolean() }),
  },
} satisfies ContractPart<'admin'>;

import { z } from 'zod';
import { Level } from '../../bank/schema';
import { ISO_DATE, ProfileId } from '../../formats';
import { Empty, Pin, ProfileName, type ContractPart } from './common';

export const PublicProfile = z.object({
  id: z.string(),
  name: z.string(),
  level: Level.nullable(),
  examDate: z.string().nullable(),
  hasPin: z.boolean(),
});

export type PublicProfile = z.infer<typeof PublicProfile>;

/** The `profiles:…` channels. */
export const profilesContract = {
  'profiles:list': { args: Empty, result: z.object({ profiles: z.array(PublicProfile), current: z.string().nullable() }) },
  'profiles:create': {
    args: z.object({
      name: ProfileName,
      level: Level,
      examDate: z.string().regex(ISO_DATE).nullable().optional(),
      pin: Pin.nullable().optional(),
    }),
    result: z.object({ id: z.string() }),
  },
  'profiles:open': { args: z.object({ id: ProfileId, pin: Pin.optional() }), result: z.object({ id: z.string() }) },
  'profiles:close': { args: Empty, result: z.object({ ok: z.boolean() }) },
  'profiles:rename': { args: z.object({ id: ProfileId, name: ProfileName, pin: Pin.optional() }), result: PublicProfile },
  'profiles:setPin': { args: z.object({ id: ProfileId, pin: Pin.nullable(), oldPin: Pin.optional() }), result: PublicProfile },
  'profiles:delete': { args: z.object({ id: ProfileId, pin: Pin.optional() }), result: z.object({ ok: z.boolean() }) },
  'profiles:resetPin': { args: z.object({ id: ProfileId, adminPin: z.string().max(8) }), result: PublicProfile },
} satisfies ContractPart<'profiles'>;

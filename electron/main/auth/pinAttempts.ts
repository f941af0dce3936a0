import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '@shared/errors';
import { persist } from '../storage/persist';
import type { StorageHealth } from '../storage/storageHealth';
import { openDocument } from '../storage/versionedDocument';
import { AUTH_MESSAGES } from './messages';

/**
 * Failed PIN tries, per learner and for the administrator, kept on disk so a restart does not reset them. After
 * FREE_TRIES failures each further try waits twice as long as the last (5 s, 10 s, 20 s … up to 15 minutes): guessing a
 * 4-digit PIN then takes weeks instead of the 15 seconds it took over the bridge.
 */
export const FREE_TRIES = 3;
const FIRST_WAIT_MS = 5_000;
const MAX_WAIT_MS = 15 * 60_000;

const Attempt = z.object({ fails: z.number().int().nonnegative(), lastFailAt: z.number() });
const AttemptsDoc = z.object({ version: z.literal(1), attempts: z.record(z.string(), Attempt) });
type AttemptsDoc = z.infer<typeof AttemptsDoc>;
export const PIN_ATTEMPTS_FILE = 'pin-attempts.json';

/** How long a key must still wait (ms) after `fails` failures, the last at `lastFailAt`. Pure. */
export function waitLeftMs(a: { fails: number; lastFailAt: number } | undefined, now: number): number {
  if (!a || a.fails < FREE_TRIES) return 0;
  const wait = Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (a.fails - FREE_TRIES));
  return Math.max(0, a.lastFailAt + wait - now);
}

export interface PinAttempts {
  /**
   * Runs `verify` for `key` unless it must wait; records the outcome. Throws a coded, Chinese refusal while waiting
   * (even for the right PIN: otherwise the wait would not slow guessing) and `wrong` when the PIN does not match.
   */
  check(key: string, verify: () => Promise<boolean>, wrong: string): Promise<void>;
}

export async function openPinAttempts(dataDir: string, health: StorageHealth, now: () => number): Promise<PinAttempts> {
  const { db } = await openDocument<AttemptsDoc>({
    file: join(dataDir, PIN_ATTEMPTS_FILE),
    schema: AttemptsDoc,
    version: 1,
    defaults: () => ({ version: 1, attempts: {} }),
  });
  const save = (attempts: AttemptsDoc['attempts']) => persist<AttemptsDoc>(db, { version: 1, attempts }, health, PIN_ATTEMPTS_FILE);
  return {
    async check(key, verify, wrong) {
      const a = db.data.attempts[key];
      const left = waitLeftMs(a, now());
      if (left > 0) throw new AppError('FORBIDDEN', AUTH_MESSAGES.wait(a!.fails, Math.ceil(left / 1000)));
      if (await verify()) {
        if (a) await save(Object.fromEntries(Object.entries(db.data.attempts).filter(([k]) => k !== key)));
        return;
      }
      const fails = (a?.fails ?? 0) + 1;
      await save({ ...db.data.attempts, [key]: { fails, lastFailAt: now() } });
      const next = waitLeftMs({ fails, lastFailAt: now() }, now());
      throw new AppError('FORBIDDEN', next > 0 ? `${wrong}${AUTH_MESSAGES.nowWait(Math.ceil(next / 1000))}` : wrong);
    },
  };
}

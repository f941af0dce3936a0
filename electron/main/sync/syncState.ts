import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { Assignment, type EnrolResult } from '@shared/centre/contract';

/** What this PC keeps about one learner's link to a centre: `<learner folder>/sync.json`. */
export const SyncState = z.object({
  version: z.literal(1),
  centreUrl: z.string(),
  token: z.string(),
  centreLearnerId: z.number().int(),
  personalCode: z.string(),
  className: z.string(),
  learnerName: z.string(),
  /** The centre's sequence up to which this PC has pulled. */
  cursor: z.number().int().nonnegative(),
  /** Event ids the centre already has (pushed from here or pulled from there): never sent again. */
  known: z.array(z.string()),
  lastSyncAt: z.number().nullable(),
  assignments: z.array(Assignment),
  revoked: z.boolean().default(false),
  /** The centre's certificate (PEM) and its SHA-256 fingerprint, pinned on enrolment; null for a plain-HTTP centre. */
  certPem: z.string().nullable().default(null),
  fingerprint: z.string().nullable().default(null),
});
export type SyncState = z.infer<typeof SyncState>;

/** A new link, as an enrolment (single or a lab's batch) leaves it: nothing pulled or sent yet. */
export function newSyncState(
  centreUrl: string,
  enrolled: Pick<EnrolResult, 'token' | 'learnerId' | 'personalCode' | 'className'>,
  learnerName: string,
  pin: { pem: string; fingerprint: string } | null | undefined,
): SyncState {
  return {
    version: 1,
    centreUrl,
    token: enrolled.token,
    centreLearnerId: enrolled.learnerId,
    personalCode: enrolled.personalCode,
    className: enrolled.className,
    learnerName,
    cursor: 0,
    known: [],
    lastSyncAt: null,
    assignments: [],
    revoked: false,
    certPem: pin?.pem ?? null,
    fingerprint: pin?.fingerprint ?? null,
  };
}

const fileOf = (learnerDir: string) => join(learnerDir, 'sync.json');

/** The saved link, null when this learner never connected; `unreadable` when the file is damaged. */
export async function readSyncState(learnerDir: string): Promise<SyncState | null | 'unreadable'> {
  let text: string;
  try {
    text = await readFile(fileOf(learnerDir), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return 'unreadable';
  }
  try {
    const r = SyncState.safeParse(JSON.parse(text));
    return r.success ? r.data : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

export async function writeSyncState(learnerDir: string, state: SyncState | null): Promise<void> {
  if (state === null) {
    const { rm } = await import('node:fs/promises');
    await rm(fileOf(learnerDir), { force: true });
    return;
  }
  await writeFileAtomic(fileOf(learnerDir), JSON.stringify(state), { fsync: true });
}

import { join } from 'node:path';
import { z } from 'zod';
import { CaseAttempt } from '@shared/records';
import type { BackupSource } from './backups';
import { persist } from './persist';
import type { StorageHealth } from './storageHealth';
import { openDocument } from './versionedDocument';

/** The version of this document's format (bump it with a migration step in versionedDocument). */
const VERSION = 1;

const CaseAttemptsDoc = z.object({ version: z.literal(VERSION), attempts: z.array(CaseAttempt) });
type CaseAttemptsDoc = z.infer<typeof CaseAttemptsDoc>;
export const CASE_ATTEMPTS_FILE = 'case-attempts.json';

export interface CaseAttemptsRepo {
  all(): readonly CaseAttempt[];
  append(attempt: CaseAttempt): Promise<boolean>;
  addMany(attempts: readonly CaseAttempt[]): Promise<boolean>;
  notice: string | null;
}

/** Self-marked case attempts (few, and written by hand, so one small document is enough). */
export async function openCaseAttemptsRepo(learnerDir: string, health: StorageHealth, backups?: BackupSource): Promise<CaseAttemptsRepo> {
  const { db, notice } = await openDocument<CaseAttemptsDoc>({
    file: join(learnerDir, CASE_ATTEMPTS_FILE),
    schema: CaseAttemptsDoc,
    version: VERSION,
    defaults: () => ({ version: VERSION, attempts: [] }),
    backups: backups ? () => backups(CASE_ATTEMPTS_FILE) : undefined,
  });
  return {
    notice,
    all: () => db.data.attempts,
    append: (attempt) => persist(db, { ...db.data, attempts: [...db.data.attempts, attempt] }, health, CASE_ATTEMPTS_FILE),
    addMany: (attempts) =>
      persist(db, { ...db.data, attempts: [...db.data.attempts, ...attempts].sort((a, b) => a.at - b.at) }, health, CASE_ATTEMPTS_FILE),
  };
}

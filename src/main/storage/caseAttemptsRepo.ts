import { join } from 'node:path';
import { z } from 'zod';
import { CaseAttempt } from '../../shared/records';
import { openDocument } from './versionedDocument';
import { writeOrThrow } from './writeOrThrow';

const CaseAttemptsDoc = z.object({ version: z.literal(1), attempts: z.array(CaseAttempt) });
type CaseAttemptsDoc = z.infer<typeof CaseAttemptsDoc>;

export interface CaseAttemptsRepo {
  all(): readonly CaseAttempt[];
  append(attempt: CaseAttempt): Promise<void>;
  notice: string | null;
}

/** Self-marked case attempts (few and written by hand, so one document is enough). */
export async function openCaseAttemptsRepo(learnerDir: string): Promise<CaseAttemptsRepo> {
  const { db, notice } = await openDocument<CaseAttemptsDoc>({
    file: join(learnerDir, 'case-attempts.json'),
    schema: CaseAttemptsDoc,
    version: 1,
    defaults: () => ({ version: 1, attempts: [] }),
  });
  return {
    notice,
    all: () => db.data.attempts,
    append: (attempt) => writeOrThrow(db, { ...db.data, attempts: [...db.data.attempts, attempt] }),
  };
}

import { join } from 'node:path';
import { z } from 'zod';
import type { BackupSource } from './backups';
import { persist } from './persist';
import type { StorageHealth } from './storageHealth';
import { openDocument } from './versionedDocument';

/** The version of this document's format (bump it with a migration step in versionedDocument). */
const VERSION = 1;

const SrsParamsDoc = z.object({
  version: z.literal(VERSION),
  /** FSRS weights fitted to this learner's history; null = FSRS-6 defaults. */
  weights: z.array(z.number()).nullable(),
  optimizedAt: z.number().nullable(),
  reviewsUsed: z.number().int().nonnegative(),
});
type SrsParamsDoc = z.infer<typeof SrsParamsDoc>;
export type SrsParams = Omit<SrsParamsDoc, 'version'>;
export const SRS_PARAMS_FILE = 'srs-params.json';

export interface SrsParamsRepo {
  get(): SrsParams;
  set(next: SrsParams): Promise<boolean>;
  notice: string | null;
}

export async function openSrsParamsRepo(learnerDir: string, health: StorageHealth, backups?: BackupSource): Promise<SrsParamsRepo> {
  const { db, notice } = await openDocument<SrsParamsDoc>({
    file: join(learnerDir, SRS_PARAMS_FILE),
    schema: SrsParamsDoc,
    version: VERSION,
    defaults: () => ({ version: VERSION, weights: null, optimizedAt: null, reviewsUsed: 0 }),
    backups: backups ? () => backups(SRS_PARAMS_FILE) : undefined,
  });
  return {
    notice,
    get: () => ({ weights: db.data.weights, optimizedAt: db.data.optimizedAt, reviewsUsed: db.data.reviewsUsed }),
    set: (next) => persist<SrsParamsDoc>(db, { version: VERSION, ...next }, health, SRS_PARAMS_FILE),
  };
}

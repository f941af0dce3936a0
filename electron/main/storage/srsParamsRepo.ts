import { join } from 'node:path';
import { z } from 'zod';
import type { BackupSource } from './backups';
import { persist } from './persist';
import type { StorageHealth } from './storageHealth';
import { openDocument } from './versionedDocument';

const SrsParamsDoc = z.object({
  version: z.literal(1),
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
    version: 1,
    defaults: () => ({ version: 1, weights: null, optimizedAt: null, reviewsUsed: 0 }),
    backups: backups ? () => backups(SRS_PARAMS_FILE) : undefined,
  });
  return {
    notice,
    get: () => ({ weights: db.data.weights, optimizedAt: db.data.optimizedAt, reviewsUsed: db.data.reviewsUsed }),
    set: (next) => persist<SrsParamsDoc>(db, { version: 1, ...next }, health, SRS_PARAMS_FILE),
  };
}

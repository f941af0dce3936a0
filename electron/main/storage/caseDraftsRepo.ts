import { join } from 'node:path';
import { z } from 'zod';
import { QuestionId } from '@shared/formats';
import type { BackupSource } from './backups';
import { persist } from './persist';
import type { StorageHealth } from './storageHealth';
import { openDocument } from './versionedDocument';

/** The version of this document's format (bump it with a migration step in versionedDocument). */
const VERSION = 1;

const CaseDraftsDoc = z.object({
  version: z.literal(VERSION),
  /** Case id → the answers typed so far in 案例练习 (one per sub-question), and when they were last saved. */
  drafts: z.record(QuestionId, z.object({ answers: z.array(z.string().max(20_000)).max(10), at: z.number() })),
});
type CaseDraftsDoc = z.infer<typeof CaseDraftsDoc>;
export const CASE_DRAFTS_FILE = 'case-drafts.json';

export interface CaseDraftsRepo {
  get(id: string): readonly string[] | null;
  /** Saves the typed answers (an all-empty draft is removed). */
  save(id: string, answers: readonly string[], at: number): Promise<boolean>;
  clear(id: string): Promise<boolean>;
  notice: string | null;
}

/** Typed case answers not yet self-marked, so leaving a case never throws away what was written. */
export async function openCaseDraftsRepo(learnerDir: string, health: StorageHealth, backups?: BackupSource): Promise<CaseDraftsRepo> {
  const { db, notice } = await openDocument<CaseDraftsDoc>({
    file: join(learnerDir, CASE_DRAFTS_FILE),
    schema: CaseDraftsDoc,
    version: VERSION,
    defaults: () => ({ version: VERSION, drafts: {} }),
    backups: backups ? () => backups(CASE_DRAFTS_FILE) : undefined,
  });
  const write = (drafts: CaseDraftsDoc['drafts']) => persist<CaseDraftsDoc>(db, { version: VERSION, drafts }, health, CASE_DRAFTS_FILE);
  return {
    notice,
    get: (id) => db.data.drafts[id]?.answers ?? null,
    save(id, answers, at) {
      const drafts = { ...db.data.drafts };
      if (answers.some((a) => a.trim())) drafts[id] = { answers: [...answers], at };
      else delete drafts[id];
      return write(drafts);
    },
    clear(id) {
      if (!(id in db.data.drafts)) return Promise.resolve(true);
      const drafts = { ...db.data.drafts };
      delete drafts[id];
      return write(drafts);
    },
  };
}

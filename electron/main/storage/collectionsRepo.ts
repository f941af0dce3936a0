import { join } from 'node:path';
import { z } from 'zod';
import type { BackupSource } from './backups';
import { persist } from './persist';
import type { StorageHealth } from './storageHealth';
import { openDocument } from './versionedDocument';

/** The version of this document's format (bump it with a migration step in versionedDocument). */
const VERSION = 1;

const CollectionsDoc = z.object({
  version: z.literal(VERSION),
  /** Question id → when it was starred. */
  favourites: z.record(z.string(), z.number()),
  /** Question id → the learner's own note. */
  notes: z.record(z.string(), z.object({ text: z.string().max(5000), at: z.number() })),
});
type CollectionsDoc = z.infer<typeof CollectionsDoc>;
export const COLLECTIONS_FILE = 'collections.json';

export interface CollectionsRepo {
  favourites(): Readonly<Record<string, number>>;
  notes(): Readonly<Record<string, { text: string; at: number }>>;
  setFavourite(id: string, on: boolean, at: number): Promise<boolean>;
  setNote(id: string, text: string, at: number): Promise<boolean>;
  replace(favourites: Record<string, number>, notes: Record<string, { text: string; at: number }>): Promise<boolean>;
  notice: string | null;
}

/** 收藏 and personal notes, one small document. */
export async function openCollectionsRepo(learnerDir: string, health: StorageHealth, backups?: BackupSource): Promise<CollectionsRepo> {
  const { db, notice } = await openDocument<CollectionsDoc>({
    file: join(learnerDir, COLLECTIONS_FILE),
    schema: CollectionsDoc,
    version: VERSION,
    defaults: () => ({ version: VERSION, favourites: {}, notes: {} }),
    backups: backups ? () => backups(COLLECTIONS_FILE) : undefined,
  });
  return {
    notice,
    favourites: () => db.data.favourites,
    notes: () => db.data.notes,
    setFavourite(id, on, at) {
      const favourites = { ...db.data.favourites };
      if (on) favourites[id] = favourites[id] ?? at;
      else delete favourites[id];
      return persist(db, { ...db.data, favourites }, health, COLLECTIONS_FILE);
    },
    replace: (favourites, notes) => persist<CollectionsDoc>(db, { version: VERSION, favourites, notes }, health, COLLECTIONS_FILE),
    setNote(id, text, at) {
      const notes = { ...db.data.notes };
      if (text.trim()) notes[id] = { text, at };
      else delete notes[id];
      return persist(db, { ...db.data, notes }, health, COLLECTIONS_FILE);
    },
  };
}

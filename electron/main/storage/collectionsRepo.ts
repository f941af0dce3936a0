import { join } from 'node:path';
import { z } from 'zod';
import type { BackupSource } from './backups';
import { persist } from './persist';
import type { StorageHealth } from './storageHealth';
import { openDocument } from './versionedDocument';

/** The version of this document's format (bump it with a migration step in versionedDocument). */
const VERSION = 2;

const CollectionsDoc = z.object({
  version: z.literal(VERSION),
  /** Question id → when it was starred. */
  favourites: z.record(z.string(), z.number()),
  /** Question id → the learner's own note. */
  notes: z.record(z.string(), z.object({ text: z.string().max(5000), at: z.number() })),
  /** Question id → when the learner took it out of the 错题本 (从错题本移除); a later wrong answer brings it back. */
  dismissed: z.record(z.string(), z.number()),
  /** 背题模式: question id → when the learner marked it 没记住 (it joins the 错题本 until answered right). */
  unremembered: z.record(z.string(), z.number()),
  /** 背题模式: where the learner was in each list (chapter, 错题本, 收藏), by the last item seen. */
  readPlaces: z.record(z.string().max(64), z.object({ questionId: z.string(), at: z.number() })),
});
type CollectionsDoc = z.infer<typeof CollectionsDoc>;
export const COLLECTIONS_FILE = 'collections.json';

export interface CollectionsRepo {
  favourites(): Readonly<Record<string, number>>;
  notes(): Readonly<Record<string, { text: string; at: number }>>;
  setFavourite(id: string, on: boolean, at: number): Promise<boolean>;
  setNote(id: string, text: string, at: number): Promise<boolean>;
  /** When each item was taken out of the 错题本 by hand. */
  dismissed(): Readonly<Record<string, number>>;
  dismiss(id: string, at: number): Promise<boolean>;
  /** 背题模式 marks: 没记住 items and when; the place in each list. */
  unremembered(): Readonly<Record<string, number>>;
  readPlaces(): Readonly<Record<string, { questionId: string; at: number }>>;
  /** Records a 背题 mark (没记住 flags the item, 记住了 clears the flag) and the place in the list, in one write. */
  markRead(place: string, id: string, remembered: boolean | null, at: number): Promise<boolean>;
  replace(next: {
    favourites: Record<string, number>;
    notes: Record<string, { text: string; at: number }>;
    dismissed: Record<string, number>;
  }): Promise<boolean>;
  notice: string | null;
}

/** 收藏 and personal notes, one small document. */
export async function openCollectionsRepo(learnerDir: string, health: StorageHealth, backups?: BackupSource): Promise<CollectionsRepo> {
  const { db, notice } = await openDocument<CollectionsDoc>({
    file: join(learnerDir, COLLECTIONS_FILE),
    schema: CollectionsDoc,
    version: VERSION,
    defaults: () => ({ version: VERSION, favourites: {}, notes: {}, dismissed: {}, unremembered: {}, readPlaces: {} }),
    migrations: { 1: (doc) => ({ ...doc, dismissed: {}, unremembered: {}, readPlaces: {} }) },
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
    dismissed: () => db.data.dismissed,
    unremembered: () => db.data.unremembered,
    readPlaces: () => db.data.readPlaces,
    markRead(place, id, remembered, at) {
      const unremembered = { ...db.data.unremembered };
      if (remembered === false) unremembered[id] = at;
      else if (remembered === true) delete unremembered[id];
      const readPlaces = { ...db.data.readPlaces, [place]: { questionId: id, at } };
      return persist(db, { ...db.data, unremembered, readPlaces }, health, COLLECTIONS_FILE);
    },
    dismiss: (id, at) => persist(db, { ...db.data, dismissed: { ...db.data.dismissed, [id]: at } }, health, COLLECTIONS_FILE),
    replace: (next) => persist<CollectionsDoc>(db, { ...db.data, version: VERSION, ...next }, health, COLLECTIONS_FILE),
    setNote(id, text, at) {
      const notes = { ...db.data.notes };
      if (text.trim()) notes[id] = { text, at };
      else delete notes[id];
      return persist(db, { ...db.data, notes }, health, COLLECTIONS_FILE);
    },
  };
}

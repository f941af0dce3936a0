import { join } from 'node:path';
import { z } from 'zod';
import { IsoDate, ProfileId } from '@shared/formats';
import { Level } from '@shared/bank/schema';
import { DurableJsonFile } from './durableJsonFile';
import { persist } from './persist';
import type { StorageHealth } from './storageHealth';
import { openDocument } from './versionedDocument';

/** The version of this document's format (bump it with a migration step in versionedDocument). */
const VERSION = 1;

/** A stored PIN hash (see auth/pinHash.ts). */
export const StoredPin = z.object({ salt: z.string(), hash: z.string(), setAt: z.number().optional() });

export const Profile = z.object({
  id: ProfileId,
  name: z.string().min(1).max(20),
  level: Level.nullable(),
  examDate: IsoDate.nullable(),
  createdAt: z.number(),
  /** Salted scrypt hash of the 4–8 digit PIN, and when it was set. It keeps classmates out; it is not encryption. */
  pin: StoredPin.nullable(),
});
export type Profile = z.infer<typeof Profile>;

const ProfilesDoc = z.object({ version: z.literal(VERSION), profiles: z.array(Profile) });
type ProfilesDoc = z.infer<typeof ProfilesDoc>;

export interface ProfilesRepo {
  all(): Profile[];
  get(id: string): Profile | undefined;
  save(profiles: Profile[]): Promise<boolean>;
  notice: string | null;
}

/** The learner profiles on this machine (`profiles.json` at the data root); each learner's data is its own folder. */
export async function openProfilesRepo(dataDir: string, health: StorageHealth): Promise<ProfilesRepo> {
  const { db, notice } = await openDocument<ProfilesDoc>({
    file: join(dataDir, 'profiles.json'),
    schema: ProfilesDoc,
    version: VERSION,
    defaults: () => ({ version: VERSION, profiles: [] }),
  });
  return {
    notice,
    all: () => db.data.profiles,
    get: (id) => db.data.profiles.find((p) => p.id === id),
    async save(profiles) {
      const saved = await persist<ProfilesDoc>(db, { version: VERSION, profiles }, health, 'profiles.json');
      // Each learner's folder (and so each backup of it) keeps a copy of its own profile — name, level and PIN hash —
      // so a damaged profiles.json never turns a PIN-protected learner into an open one.
      await Promise.all(
        profiles.map((p) =>
          health.run(`profile-${p.id}`, () => new DurableJsonFile<Profile>(join(dataDir, 'learners', p.id, PROFILE_COPY)).write(p)),
        ),
      );
      return saved;
    },
  };
}

export const PROFILE_COPY = 'profile.json';

/** A copy of a learner's profile: the profile, none (no such file), or damaged (a file that cannot be used). */
export type ProfileCopy = { profile: Profile } | { missing: true } | { damaged: true };

/** Reads one copy of a learner's profile (the learner folder's own, or one in a backup). */
export async function readProfileFile(file: string, id: string): Promise<ProfileCopy> {
  try {
    const raw = await new DurableJsonFile<unknown>(file).read();
    if (raw === null) return { missing: true };
    const parsed = Profile.safeParse(raw);
    return parsed.success && parsed.data.id === id ? { profile: parsed.data } : { damaged: true };
  } catch {
    return { damaged: true };
  }
}

/** A learner folder's copy of its profile, or null when it is missing or unusable. */
export async function readProfileCopy(dataDir: string, id: string): Promise<Profile | null> {
  const c = await readProfileFile(join(dataDir, 'learners', id, PROFILE_COPY), id);
  return 'profile' in c ? c.profile : null;
}

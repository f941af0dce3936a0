import { join } from 'node:path';
import { z } from 'zod';
import { DurableJsonFile } from './durableJsonFile';
import { persist } from './persist';
import { StoredPin } from './profilesRepo';
import type { StorageHealth } from './storageHealth';
import { openDocument } from './versionedDocument';

/** The version of this document's format (bump it with a migration step in versionedDocument). */
const VERSION = 2;

/** Settings of this machine (not of a learner): what a training centre's administrator configures once. */
const MachineConfigDoc = z.object({
  version: z.literal(VERSION),
  /** Folder of the centre's extra banks; null = `centre-banks/` in the data folder. */
  centreBanksDir: z.string().min(1).nullable(),
  /** The centre administrator's PIN (salted scrypt hash), guarding class results and the bank folder; null = none. */
  adminPin: StoredPin.nullable(),
});
type MachineConfigDoc = z.infer<typeof MachineConfigDoc>;
export type MachineConfig = Omit<MachineConfigDoc, 'version'>;
export const MACHINE_CONFIG_FILE = 'machine.json';
/** A copy kept beside it (written after each change), restored from when machine.json is damaged. */
export const MACHINE_CONFIG_COPY = 'machine.copy.json';

export interface MachineConfigRepo {
  get(): MachineConfig;
  set(next: MachineConfig): Promise<boolean>;
  notice: string | null;
}

export async function openMachineConfigRepo(dataDir: string, health: StorageHealth): Promise<MachineConfigRepo> {
  const { db, notice } = await openDocument<MachineConfigDoc>({
    file: join(dataDir, MACHINE_CONFIG_FILE),
    schema: MachineConfigDoc,
    version: VERSION,
    defaults: () => ({ version: VERSION, centreBanksDir: null, adminPin: null }),
    migrations: { 1: (doc) => ({ ...doc, adminPin: null }) },
    backups: async () => [{ file: join(dataDir, MACHINE_CONFIG_COPY), label: '本机设置的副本' }],
  });
  const copy = new DurableJsonFile<MachineConfigDoc>(join(dataDir, MACHINE_CONFIG_COPY));
  return {
    notice,
    get: () => ({ centreBanksDir: db.data.centreBanksDir, adminPin: db.data.adminPin }),
    async set(next) {
      const saved = await persist<MachineConfigDoc>(db, { version: VERSION, ...next }, health, MACHINE_CONFIG_FILE);
      if (saved) await health.run(MACHINE_CONFIG_COPY, () => copy.write({ version: VERSION, ...next }));
      return saved;
    },
  };
}

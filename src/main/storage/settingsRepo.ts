import { join } from 'node:path';
import { z } from 'zod';
import { Settings, defaultSettings, type SettingsPatch } from '../../shared/settings';
import type { BackupSource } from './backups';
import { persist } from './persist';
import type { StorageHealth } from './storageHealth';
import { openDocument } from './versionedDocument';

const SettingsDoc = Settings.extend({ version: z.literal(1) });
type SettingsDoc = z.infer<typeof SettingsDoc>;
export const SETTINGS_FILE = 'settings.json';

export interface SettingsRepo {
  get(): Settings;
  update(patch: SettingsPatch): Promise<Settings>;
  notice: string | null;
}

export async function openSettingsRepo(learnerDir: string, health: StorageHealth, backups?: BackupSource): Promise<SettingsRepo> {
  const { db, notice } = await openDocument<SettingsDoc>({
    file: join(learnerDir, SETTINGS_FILE),
    schema: SettingsDoc,
    version: 1,
    defaults: () => ({ version: 1, ...defaultSettings() }),
    backups: backups ? () => backups(SETTINGS_FILE) : undefined,
  });
  const view = (d: SettingsDoc): Settings => ({ level: d.level, examDate: d.examDate, fontStep: d.fontStep });
  return {
    notice,
    get: () => view(db.data),
    async update(patch) {
      await persist(db, { ...db.data, ...patch }, health, SETTINGS_FILE);
      return view(db.data);
    },
  };
}

import { join } from 'node:path';
import { z } from 'zod';
import { PRACTICE_DEFAULTS, Settings, defaultSettings, type SettingsPatch } from '@shared/settings';
import type { BackupSource } from './backups';
import { persist } from './persist';
import type { StorageHealth } from './storageHealth';
import { openDocument } from './versionedDocument';

/** The version of this document's format (bump it with a migration step in versionedDocument). */
const VERSION = 6;

const SettingsDoc = Settings.extend({ version: z.literal(VERSION) });
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
    version: VERSION,
    defaults: () => ({ version: VERSION, ...defaultSettings() }),
    migrations: {
      // v1 → v2: spaced-repetition settings arrive with their defaults.
      1: (d) => ({ desiredRetention: 0.9, mistakesExitStreak: 2, dailyNewOverride: null, ...d }),
      // v2 → v3: the mock-exam pass line.
      2: (d) => ({ passLine: 60, ...d }),
      // v3 → v4: night mode and 滚动管理 (subjects passed).
      3: (d) => ({ theme: 'system', passes: {}, includePassed: false, ...d }),
      // v4 → v5: practice modes (instant feedback stays the default) and the first-run guide, which a learner who
      // already used the app does not need shown again (it stays under 帮助).
      4: (d) => ({ ...PRACTICE_DEFAULTS, guideDone: true, ...d }),
      // v5 → v6: the mock exam's own 字号, kept across sittings (中, as every sitting opened before).
      5: (d) => ({ examFontStep: 1, ...d }),
    },
    backups: backups ? () => backups(SETTINGS_FILE) : undefined,
  });
  const view = ({ version: _v, ...settings }: SettingsDoc): Settings => settings;
  return {
    notice,
    get: () => view(db.data),
    async update(patch) {
      await persist(db, { ...db.data, ...patch }, health, SETTINGS_FILE);
      return view(db.data);
    },
  };
}

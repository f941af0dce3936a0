import { join } from 'node:path';
import { z } from 'zod';
import { Settings, defaultSettings, type SettingsPatch } from '../../shared/settings';
import { openDocument } from './versionedDocument';
import { writeOrThrow } from './writeOrThrow';

const SettingsDoc = Settings.extend({ version: z.literal(1) });
type SettingsDoc = z.infer<typeof SettingsDoc>;

export interface SettingsRepo {
  get(): Settings;
  update(patch: SettingsPatch): Promise<Settings>;
  notice: string | null;
}

export async function openSettingsRepo(learnerDir: string): Promise<SettingsRepo> {
  const { db, notice } = await openDocument<SettingsDoc>({
    file: join(learnerDir, 'settings.json'),
    schema: SettingsDoc,
    version: 1,
    defaults: () => ({ version: 1, ...defaultSettings() }),
  });
  const view = (d: SettingsDoc): Settings => ({ level: d.level, examDate: d.examDate, fontStep: d.fontStep });
  return {
    notice,
    get: () => view(db.data),
    async update(patch) {
      const next: SettingsDoc = { ...db.data, ...patch };
      await writeOrThrow(db, next);
      return view(db.data);
    },
  };
}

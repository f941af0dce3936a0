import { z } from 'zod';
import { Level } from './bank/schema';
import { FONT_SCALES } from './fontScales';


export const Settings = z.object({
  level: Level.nullable(),
  examDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  fontStep: z.number().int().min(0).max(FONT_SCALES.length - 1),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = Settings.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export function defaultSettings(): Settings {
  return { level: null, examDate: null, fontStep: 0 };
}

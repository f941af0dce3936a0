import { IsoDate } from './formats';
import { z } from 'zod';
import { Level, SubjectId } from './bank/schema';
import { EXAM_FONT_STEPS, FONT_SCALES } from './fontScales';

export const Settings = z.object({
  level: Level.nullable(),
  examDate: IsoDate.nullable(),
  fontStep: z
    .number()
    .int()
    .min(0)
    .max(FONT_SCALES.length - 1),
  /** The mock exam's 字号 (0 小, 1 中, 2 大): the size chosen in the last sitting, for the next and for a resume. */
  examFontStep: z
    .number()
    .int()
    .min(0)
    .max(EXAM_FONT_STEPS - 1),
  /** FSRS desired retention. */
  desiredRetention: z.number().min(0.75).max(0.97),
  /** Correct answers in a row that take an item out of the 错题本. */
  mistakesExitStreak: z.number().int().min(1).max(5),
  /** The learner's own new-items-per-day; null = planned from the exam date. */
  dailyNewOverride: z.number().int().min(0).max(500).nullable(),
  /** Mock-exam pass line out of 100 (60 nationally; some regions have lower lines). */
  passLine: z.number().int().min(30).max(100),
  /** 跟随系统 / 白天 / 夜间. */
  theme: z.enum(['system', 'light', 'dark']),
  /** 滚动管理: the year the learner passed each subject (see core/exam/passCarry.ts for how long a pass counts). */
  passes: z.partialRecord(SubjectId, z.number().int().min(2000).max(2100)),
  /** Keep practising subjects already passed (today's plan leaves them out otherwise). */
  includePassed: z.boolean(),
  /** 练习方式: 'instant' = 逐题看答案 (the default); 'batch' = 做完一组再看答案. */
  practiceMode: z.enum(['instant', 'batch']),
  /** Items in one batch-practice set. */
  batchSize: z.union([z.literal(10), z.literal(20), z.literal(50)]),
  /** Batch practice: a 单选 moves on as soon as it is chosen. */
  autoNextSingle: z.boolean(),
  /** Instant feedback: a right answer moves on by itself after a moment. */
  autoNextWhenRight: z.boolean(),
  /** 实务(中级) case practice: typed answers or 纸上作答 with a per-case timer. */
  caseMode: z.enum(['typed', 'paper']),
  /** Minutes per case in 纸上作答. */
  caseMinutes: z.union([z.literal(25), z.literal(30)]),
  /** The first-run guide was finished or skipped. */
  guideDone: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = Settings.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

/** The v5 practice-mode fields with their defaults (also what the v4 → v5 migration adds). */
export const PRACTICE_DEFAULTS = {
  practiceMode: 'instant',
  batchSize: 20,
  autoNextSingle: false,
  autoNextWhenRight: false,
  caseMode: 'typed',
  caseMinutes: 25,
} as const satisfies Partial<Settings>;

export function defaultSettings(): Settings {
  return {
    level: null,
    examDate: null,
    fontStep: 0,
    examFontStep: 1,
    desiredRetention: 0.9,
    mistakesExitStreak: 2,
    dailyNewOverride: null,
    passLine: 60,
    theme: 'system',
    passes: {},
    includePassed: false,
    ...PRACTICE_DEFAULTS,
    guideDone: false,
  };
}

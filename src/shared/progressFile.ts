import { z } from 'zod';
import { Level, OptionKey, SubjectId } from './bank/schema';
import { ExamId, IsoDate, PaperKind } from './formats';
import { AnswerRecord, CaseAttempt } from './records';

/**
 * The 学习进度 file (导出学习进度 / 导入): its own versioned format, independent of the storage documents, so a
 * storage version bump never makes an older export file "damaged". Storage documents are converted to and from it.
 */
export const PROGRESS_FORMAT = 'shegonglu-progress';
export const PROGRESS_VERSION = 1;

/** A mock exam as the progress file carries it (the fields of a sitting, no storage version). */
export const ExportedExam = z.object({
  id: ExamId,
  subject: SubjectId,
  kind: PaperKind,
  custom: z.boolean(),
  seed: z.number().int(),
  draw: z
    .object({ counts: z.record(z.string(), z.number().int()), chapters: z.array(z.string()).optional(), avoided: z.array(z.string()) })
    .optional(),
  createdAt: z.number(),
  deadline: z.number(),
  minutes: z.number().int().positive(),
  passLine: z.number(),
  items: z.array(z.string()),
  answers: z.record(z.string(), z.array(OptionKey)),
  marked: z.array(z.string()),
  caseAnswers: z.record(z.string(), z.array(z.string().max(20_000))),
  caseMarks: z.record(z.string(), z.array(z.array(z.number().int().nonnegative()))),
  submittedAt: z.number().nullable(),
  autoSubmitted: z.boolean(),
  answersLogged: z.boolean().default(true),
});
export type ExportedExam = z.infer<typeof ExportedExam>;

export const ProgressData = z.object({
  settings: z.object({ level: Level.nullable(), examDate: IsoDate.nullable() }).passthrough(),
  favourites: z.record(z.string(), z.number()),
  notes: z.record(z.string(), z.object({ text: z.string().max(5000), at: z.number() })),
  /** Items taken out of the 错题本 by hand, and when (files from before this field lack it). */
  dismissed: z.record(z.string(), z.number()).optional(),
  caseAttempts: z.array(CaseAttempt),
  exams: z.array(ExportedExam),
  /** FSRS weights fitted by 优化参数 (files from before this field lack it). */
  srsParams: z
    .object({ weights: z.array(z.number()).nullable(), optimizedAt: z.number().nullable(), reviewsUsed: z.number().int().nonnegative() })
    .optional(),
  reviews: z.array(AnswerRecord),
});
export type ProgressData = z.infer<typeof ProgressData>;

export const ProgressFile = z.object({
  format: z.literal(PROGRESS_FORMAT),
  version: z.literal(PROGRESS_VERSION),
  exportedAt: z.number(),
  learner: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  data: z.unknown(),
});

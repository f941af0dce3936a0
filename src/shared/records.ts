import { AnswerMode, ExamId, Grade, ObjectiveType, QuestionId } from './formats';
import { z } from 'zod';
import { OptionKey } from './bank/schema';

/** One answered question, as kept in the learner's answer log. Raw choice is kept so grades can be recomputed. */
/** A time the calendar can show: 1970 to the end of year 9999 (an imported 10000-01 would name a log file never read). */
export const Timestamp = z.number().int().nonnegative().max(253_402_300_799_999);

export const AnswerRecord = z.object({
  questionId: QuestionId,
  at: Timestamp,
  choice: z.array(OptionKey),
  correct: z.boolean(),
  score: z.number(),
  responseMs: z.number().int().nonnegative(),
  /** Where it was answered: chapter practice, 今日学习, the 错题本, 收藏 or a mock exam. */
  mode: AnswerMode,
  /** The learner ticked 我是猜的. */
  guessed: z.boolean().default(false),
  /** Item type, for the learner's median response time per type. */
  type: ObjectiveType.optional(),
  /** The FSRS grade when this answer counted as a scheduled review; null for free practice that did not. */
  grade: Grade.nullable().default(null),
  /** The mock exam this answer was submitted with (so an interrupted 交卷 can be completed without doubling it). */
  examId: ExamId.optional(),
});
export type AnswerRecord = z.infer<typeof AnswerRecord>;
export type AnswerRecordInput = z.input<typeof AnswerRecord>;

/** One self-marked attempt at a case item: the typed answers and the reference points the learner ticked. */
export const CaseAttempt = z.object({
  questionId: z.string().max(64),
  at: Timestamp,
  answers: z.array(z.string().max(20_000)),
  covered: z.array(z.array(z.number().int().nonnegative())),
  score: z.number().nonnegative(),
  maxScore: z.number().positive(),
});
export type CaseAttempt = z.infer<typeof CaseAttempt>;

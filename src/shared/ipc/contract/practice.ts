import { z } from 'zod';
import { ItemReview, OptionKey, SubjectId } from '../../bank/schema';
import { AnswerMode, Grade, Outcome, QuestionId } from '../../formats';
import { PublicQuestion, type ContractPart } from './common';

export const Feedback = z.object({
  questionId: z.string(),
  outcome: Outcome,
  correct: z.boolean(),
  score: z.number(),
  maxScore: z.number(),
  answer: z.array(OptionKey),
  explanation: z.string(),
  basis: z.string(),
  /** The independent review; absent for an imported item (the app did not review it). */
  review: ItemReview.optional(),
  /** The file an imported item came from (shown as 导入); absent for the shipped bank. */
  imported: z.object({ file: z.string(), scope: z.enum(['learner', 'centre']) }).optional(),
  /** False when the answer is kept in memory but could not be written to disk yet. */
  saved: z.boolean(),
  /** The FSRS grade when the answer counted as a scheduled review, with the next due time. */
  grade: Grade.nullable(),
  nextDue: z.number().nullable(),
  /** Local days from today to the next review. */
  nextInDays: z.number().nullable(),
  favourite: z.boolean(),
  note: z.string(),
});

export type Feedback = z.infer<typeof Feedback>;

export const AnswerArgs = z.object({
  questionId: QuestionId,
  choice: z.array(OptionKey).max(5),
  responseMs: z
    .number()
    .int()
    .min(0)
    .max(6 * 3600_000),
  mode: AnswerMode.default('practice'),
  /** The learner ticked 我是猜的. */
  guessed: z.boolean().default(false),
  /**
   * Names this attempt, so a request repeated after a lost reply (the renderer retries until the write is
   * confirmed) records the answer once and gets the same feedback back.
   */
  attemptId: z.string().min(1).max(64).optional(),
});

export type AnswerArgs = z.infer<typeof AnswerArgs>;

export const StartArgs = z.object({
  subject: SubjectId,
  chapter: z.string().min(1).max(32),
  limit: z.number().int().min(1).max(200).optional(),
});

export type StartArgs = z.infer<typeof StartArgs>;

/**
 * What the renderer needs to score an answer itself and show the verdict at once, before the durable write returns
 * (issue 14): the key and 解析 of an item, fetched with the set a page ahead.
 */
export const ItemKey = Feedback.pick({
  questionId: true,
  answer: true,
  explanation: true,
  basis: true,
  review: true,
  imported: true,
  favourite: true,
  note: true,
}).extend({ type: z.enum(['single', 'multiple']) });

export type ItemKey = z.infer<typeof ItemKey>;

/** The `practice:…` channels. */
export const practiceContract = {
  'practice:start': { args: StartArgs, result: z.object({ questions: z.array(PublicQuestion) }) },
  'practice:answer': { args: AnswerArgs, result: Feedback },
  'practice:questions': {
    args: z.object({ ids: z.array(z.string().max(64)).max(500) }),
    result: z.object({ questions: z.array(PublicQuestion) }),
  },
  'practice:keys': {
    args: z.object({ ids: z.array(z.string().max(64)).max(200) }),
    result: z.object({ keys: z.array(ItemKey) }),
  },
} satisfies ContractPart<'practice'>;

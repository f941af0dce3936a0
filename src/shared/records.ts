import { z } from 'zod';
import { OptionKey } from './bank/schema';

/** One answered question, as kept in the learner's answer log. Raw choice is kept so grades can be recomputed. */
export const AnswerRecord = z.object({
  questionId: z.string(),
  at: z.number().int().nonnegative(),
  choice: z.array(OptionKey),
  correct: z.boolean(),
  score: z.number(),
  responseMs: z.number().int().nonnegative(),
  mode: z.enum(['practice']),
});
export type AnswerRecord = z.infer<typeof AnswerRecord>;

/** One self-marked attempt at a case item: the typed answers and the reference points the learner ticked. */
export const CaseAttempt = z.object({
  questionId: z.string(),
  at: z.number().int().nonnegative(),
  answers: z.array(z.string().max(20_000)),
  covered: z.array(z.array(z.number().int().nonnegative())),
  score: z.number().nonnegative(),
  maxScore: z.number().positive(),
});
export type CaseAttempt = z.infer<typeof CaseAttempt>;

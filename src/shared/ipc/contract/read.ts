import { z } from 'zod';
import { OptionKey, SubjectId } from '../../bank/schema';
import { ObjectiveType, QuestionId } from '../../formats';
import { type ContractPart } from './common';

/** What 背题模式 goes through: a chapter, the 错题本 or 收藏. */
export const ReadSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('chapter'), subject: SubjectId, chapter: z.string().min(1).max(32) }),
  z.object({ kind: z.literal('mistakes') }),
  z.object({ kind: z.literal('favourites') }),
]);
export type ReadSource = z.infer<typeof ReadSource>;

/** An item with its key and 解析 shown at once (reading is not answering). */
export const ReadItem = z.object({
  id: z.string(),
  type: ObjectiveType,
  chapter: z.string(),
  stem: z.string(),
  options: z.array(z.object({ key: OptionKey, text: z.string() })),
  answer: z.array(OptionKey),
  explanation: z.string(),
  basis: z.string(),
  /** Marked 没记住 and not yet answered right since. */
  unremembered: z.boolean(),
});
export type ReadItem = z.infer<typeof ReadItem>;

/** The `read:…` channels (背题模式: reading never counts as an answer and never moves the schedule). */
export const readContract = {
  'read:start': {
    args: ReadSource,
    /** The items in order, and the one the learner last reached in this list (null the first time). */
    result: z.object({ items: z.array(ReadItem), place: z.string().nullable() }),
  },
  /** Keeps the place, and 记住了 (true) / 没记住 (false, into the 错题本) / just moving on (null). */
  'read:mark': {
    args: z.object({ source: ReadSource, questionId: QuestionId, remembered: z.boolean().nullable() }),
    result: z.object({ saved: z.boolean() }),
  },
} satisfies ContractPart<'read'>;

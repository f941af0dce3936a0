import { z } from 'zod';
import { SubjectId } from '../../bank/schema';
import { ISO_DATE, ObjectiveType, QuestionId } from '../../formats';
import { ItemDetail, ListedQuestion, type ContractPart } from './common';

export const MistakeEntry = ListedQuestion.extend(ItemDetail.shape).extend({
  wrongs: z.number(),
  streak: z.number(),
  /** The latest wrong answer, or the 没记住 mark of 背题模式 if later. */
  lastWrongAt: z.number(),
  /** In the 错题本 because the learner marked it 没记住 while reading. */
  fromReading: z.boolean(),
});

export type MistakeEntry = z.infer<typeof MistakeEntry>;

export const MistakeFilter = z.object({
  subject: SubjectId.optional(),
  chapter: z.string().max(32).optional(),
  type: ObjectiveType.optional(),
  /** Last wrong answer on or after this local date (YYYY-MM-DD). */
  from: z.string().regex(ISO_DATE).optional(),
  to: z.string().regex(ISO_DATE).optional(),
});

export type MistakeFilter = z.infer<typeof MistakeFilter>;

/** The `mistakes:…` channels. */
export const mistakesContract = {
  'mistakes:list': { args: MistakeFilter, result: z.array(MistakeEntry) },
  /** 从错题本移除: the item leaves the 错题本 until it is answered wrongly again. */
  'mistakes:remove': { args: z.object({ questionId: QuestionId }), result: z.object({ removed: z.boolean() }) },
} satisfies ContractPart<'mistakes'>;

import { z } from 'zod';
import { SubjectId } from '../../bank/schema';
import { ISO_DATE, ObjectiveType } from '../../formats';
import { ListedQuestion, type ContractPart } from './common';

export const MistakeEntry = ListedQuestion.extend({
  wrongs: z.number(),
  streak: z.number(),
  lastWrongAt: z.number(),
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
} satisfies ContractPart<'mistakes'>;

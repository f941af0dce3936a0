import { z } from 'zod';
import { ItemReview, SubjectId } from '../../bank/schema';
import { QuestionId } from '../../formats';
import { PublicCase, type ContractPart } from './common';

export const CaseReference = z.object({
  questionId: z.string(),
  questions: z.array(z.object({ no: z.number(), points: z.array(z.object({ text: z.string(), score: z.number() })) })),
  maxScore: z.number(),
  explanation: z.string().nullable(),
  basis: z.string(),
  review: ItemReview,
});

export type CaseReference = z.infer<typeof CaseReference>;

export const CaseRecordArgs = z.object({
  questionId: QuestionId,
  answers: z.array(z.string().max(20_000)).max(10),
  covered: z.array(z.array(z.number().int().min(0).max(50)).max(50)).max(10),
});

export type CaseRecordArgs = z.infer<typeof CaseRecordArgs>;

export const CaseResult = z.object({ score: z.number(), maxScore: z.number(), passed: z.boolean(), saved: z.boolean() });

export type CaseResult = z.infer<typeof CaseResult>;

/** The `cases:…` channels. */
export const casesContract = {
  'cases:start': {
    args: z.object({ subject: SubjectId, chapter: z.string().min(1).max(32) }),
    /** Each case with the answers typed so far and not yet marked (null when none). */
    result: z.object({ cases: z.array(PublicCase.extend({ draft: z.array(z.string()).nullable() })) }),
  },
  'cases:reference': { args: z.object({ questionId: QuestionId }), result: CaseReference },
  'cases:record': { args: CaseRecordArgs, result: CaseResult },
  /** Saves the answers as typed, so leaving the case keeps them (self-marking with cases:record clears the draft). */
  'cases:saveDraft': {
    args: z.object({ questionId: QuestionId, answers: z.array(z.string().max(20_000)).max(10) }),
    result: z.object({ saved: z.boolean() }),
  },
} satisfies ContractPart<'cases'>;

import { z } from 'zod';
import { ItemReview, SubjectId } from '../../bank/schema';
import { QuestionId } from '../../formats';
import { Empty, PublicCase, type ContractPart } from './common';

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

/** A case as case practice opens it: with the answers typed so far and not yet marked (null when none), 收藏, note. */
export const StartedCase = PublicCase.extend({ draft: z.array(z.string()).nullable(), favourite: z.boolean(), note: z.string() });

export type StartedCase = z.infer<typeof StartedCase>;

/** A starred 实务(中级) case in 收藏: where it is, its note, and how the learner's self-marks went. */
export const CaseFavouriteEntry = z.object({
  id: z.string(),
  subject: SubjectId,
  chapter: z.string(),
  chapterTitle: z.string(),
  caseKind: PublicCase.shape.caseKind,
  title: z.string(),
  at: z.number(),
  note: z.string(),
  attempts: z.number().int().nonnegative(),
  /** The latest self-marked score, out of maxScore (that attempt's total; the case's own when not marked yet). */
  lastScore: z.number().nullable(),
  maxScore: z.number(),
});

export type CaseFavouriteEntry = z.infer<typeof CaseFavouriteEntry>;

/** The `cases:…` channels. */
export const casesContract = {
  'cases:start': {
    /** `questionId`: that one case of the chapter only (opened from 收藏). */
    args: z.object({ subject: SubjectId, chapter: z.string().min(1).max(32), questionId: QuestionId.optional() }),
    /** Each case with the answers typed so far and not yet marked (null when none), its 收藏 and the learner's note. */
    result: z.object({ cases: z.array(StartedCase) }),
  },
  'cases:reference': { args: z.object({ questionId: QuestionId }), result: CaseReference },
  /** The starred cases still in the bank, newest star first. */
  'cases:favourites': { args: Empty, result: z.array(CaseFavouriteEntry) },
  'cases:record': { args: CaseRecordArgs, result: CaseResult },
  /** Saves the answers as typed, so leaving the case keeps them (self-marking with cases:record clears the draft). */
  'cases:saveDraft': {
    args: z.object({ questionId: QuestionId, answers: z.array(z.string().max(20_000)).max(10) }),
    result: z.object({ saved: z.boolean() }),
  },
} satisfies ContractPart<'cases'>;

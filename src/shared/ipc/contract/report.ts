import { PaperKind } from '../../formats';
import { z } from 'zod';
import { SubjectId } from '../../bank/schema';
import { Empty, type ContractPart } from './common';
import { TodayPlan } from './today';

const Share = z.number().min(0).max(1);

/** Where the learner stands in one subject. */
export const SubjectStanding = z.object({
  id: SubjectId,
  name: z.string(),
  kind: PaperKind,
  itemsDone: z.number().int().nonnegative(),
  itemsTotal: z.number().int().nonnegative(),
  /** Share of answers right in the last 30 days and in all time (null without answers; null for the case subject). */
  accuracy30: Share.nullable(),
  accuracyAll: Share.nullable(),
  /** Predicted score if the exam were today (see the README: how the prediction is made); null when nothing to go on. */
  predicted: z.number().nullable(),
  total: z.number(),
  passScore: z.number(),
  /** 滚动管理: the year the learner passed it, the last exam year that pass counts for, and whether it lapses first. */
  pass: z.object({
    passedYear: z.number().nullable(),
    validThrough: z.number().nullable(),
    countsForExam: z.boolean(),
    lapsesBeforeExam: z.boolean(),
  }),
  /** The latest marked mock of the subject, to hold the prediction against. */
  lastMock: z.object({ at: z.number(), score: z.number() }).nullable(),
});
export type SubjectStanding = z.infer<typeof SubjectStanding>;

export const ChapterStanding = z.object({
  subject: SubjectId,
  id: z.string(),
  no: z.number(),
  title: z.string(),
  total: z.number().int().nonnegative(),
  seen: z.number().int().nonnegative(),
  /** Mean predicted chance over the items seen (null when none is seen yet). */
  mastery: Share.nullable(),
  unseenShare: Share,
});
export type ChapterStanding = z.infer<typeof ChapterStanding>;

export const Report = z.object({
  subjects: z.array(SubjectStanding),
  /** Every objective chapter of the learner's level, weakest first (unseen chapters last). */
  chapters: z.array(ChapterStanding),
  /** Answers in the log to imported items whose bank was removed (已删除): not in any figure above, only counted. */
  deletedImported: z.object({ answers: z.number().int().nonnegative() }),
  calendar: z.object({
    days: z.array(z.object({ date: z.string(), answers: z.number().int(), minutes: z.number() })),
    streak: z.number().int().nonnegative(),
    activeDays: z.number().int().nonnegative(),
  }),
  mocks: z.array(
    z.object({
      subject: SubjectId,
      subjectName: z.string(),
      passScore: z.number(),
      points: z.array(z.object({ at: z.number(), score: z.number(), total: z.number() })),
      chapters: z.array(z.object({ id: z.string(), title: z.string(), items: z.number(), correct: z.number(), accuracy: Share })),
    }),
  ),
  plan: z.object({
    today: TodayPlan,
    forecast: z.array(z.object({ date: z.string(), count: z.number() })),
    /**
     * With an exam date: whether today's new-items quota is one an evening can carry (at most `manageablePerDay`), so
     * every item is met before the last two weeks; null without an exam date.
     */
    onTrack: z.boolean().nullable(),
    manageablePerDay: z.number(),
  }),
});
export type Report = z.infer<typeof Report>;

/** The `report:…` channels. */
export const reportContract = {
  'report:get': { args: Empty, result: Report },
} satisfies ContractPart<'report'>;

import { z } from 'zod';
import { Level, SubjectId } from '../../bank/schema';
import { Empty, PublicQuestion, type ContractPart } from './common';

export const TodayPlan = z.object({
  level: Level.nullable(),
  dueCount: z.number(),
  /** Items never answered anywhere, planned for today. */
  newToday: z.number(),
  /** Items answered only in free practice so far (not yet scheduled), planned for their first review today. */
  practisedToday: z.number(),
  introducedToday: z.number(),
  unintroduced: z.number(),
  quota: z.object({
    perDay: z.number(),
    reason: z.enum(['override', 'exam-date', 'no-exam-date', 'exam-passed', 'review-period', 'all-introduced']),
    daysForNew: z.number().nullable(),
  }),
  estMinutes: z.number(),
  /** Whole days from the learner's today (main's clock and time zone) to the exam date; negative once passed, null without one. */
  daysToExam: z.number().nullable(),
});

export type TodayPlan = z.infer<typeof TodayPlan>;

/**
 * What today's session still holds: due reviews, new items, and items met only in free practice (their first review).
 * The home card's 开始 / 今天的任务已完成 and the plan kept sent to a centre both follow this one count.
 */
export const todayLeft = (plan: Pick<TodayPlan, 'dueCount' | 'newToday' | 'practisedToday'>): number =>
  plan.dueCount + plan.newToday + plan.practisedToday;

/** The reviews the home card shows: due cards and the items met only in free practice, which are seen before. */
export const todayReviews = (plan: Pick<TodayPlan, 'dueCount' | 'practisedToday'>): number => plan.dueCount + plan.practisedToday;

/** The `today:…` channels. */
export const todayContract = {
  'today:plan': { args: Empty, result: TodayPlan },
  /** Today's session; `extraNew` adds that many new items beyond the day's quota (after the session, 再学 N 道新题). */
  'today:start': {
    args: z.object({ extraNew: z.number().int().min(1).max(50) }).optional(),
    result: z.object({ questions: z.array(PublicQuestion) }),
  },
  /** What to do after today's session. */
  'today:next': {
    args: Empty,
    result: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('mock'), subject: SubjectId }),
      z.object({ kind: z.literal('weakest-chapter'), subject: SubjectId, chapter: z.string() }),
      z.object({ kind: z.literal('more-new'), count: z.number().int().positive() }),
      z.object({ kind: z.literal('rest') }),
    ]),
  },
  'today:forecast': { args: Empty, result: z.object({ days: z.array(z.object({ date: z.string(), count: z.number() })) }) },
} satisfies ContractPart<'today'>;

import { z } from 'zod';
import { Level } from '../../bank/schema';
import { Empty, PublicQuestion, type ContractPart } from './common';

export const TodayPlan = z.object({
  level: Level.nullable(),
  dueCount: z.number(),
  newToday: z.number(),
  introducedToday: z.number(),
  unintroduced: z.number(),
  quota: z.object({
    perDay: z.number(),
    reason: z.enum(['override', 'exam-date', 'no-exam-date', 'exam-passed', 'review-period', 'all-introduced']),
    daysForNew: z.number().nullable(),
  }),
  estMinutes: z.number(),
});

export type TodayPlan = z.infer<typeof TodayPlan>;

/** The `today:…` channels. */
export const todayContract = {
  'today:plan': { args: Empty, result: TodayPlan },
  'today:start': { args: Empty, result: z.object({ questions: z.array(PublicQuestion) }) },
  'today:forecast': { args: Empty, result: z.object({ days: z.array(z.object({ date: z.string(), count: z.number() })) }) },
} satisfies ContractPart<'today'>;

import { z } from 'zod';

/**
 * Today's plan (今日学习) as a PC reports it to its centre: one `open` event the first time a day's plan is seen
 * while the learner is connected, one `kept` event when that day's plan has nothing left. Their ids are permanent
 * (`plan|<day>|open`, `plan|<day>|kept`, the day in the learner's time zone), so a replay or a second PC adds nothing.
 */
export const PlanState = z.enum(['open', 'kept']);
export type PlanState = z.infer<typeof PlanState>;

/** What the teacher's page shows for a learner's today: kept (已完成), open (未完成), none (今天未学习). */
export const PlanToday = z.enum(['kept', 'open', 'none']);
export type PlanToday = z.infer<typeof PlanToday>;

const PLAN_ID = /^plan\|(\d{4}-\d{2}-\d{2})\|(open|kept)$/;

/** The permanent event id of a plan day's state. */
export const planEventId = (day: string, state: PlanState) => `plan|${day}|${state}`;

/** The day and state a plan event id names; null for any other id. */
export function parsePlanEventId(id: string): { day: string; state: PlanState } | null {
  const m = PLAN_ID.exec(id);
  return m ? { day: m[1]!, state: m[2] as PlanState } : null;
}

/** The words the teacher reads for today's plan (the page's cell and the exports' 今日计划 column). */
export const PLAN_TODAY_TEXT: Record<PlanToday, string> = { kept: '已完成', open: '未完成', none: '今天未学习' };

import type { SyncEvent } from '@shared/centre/contract';
import { todayLeft } from '@shared/ipc/contract/today';
import { planEventId } from '@shared/centre/planDay';
import type { PlanDay } from '../storage/planDaysRepo';

/** What is left of today's plan: the rule of the home screen's 今日学习 card (nothing left = 今天的任务已完成). */
export const planLeft = todayLeft;

/** The plan days as the centre receives them: `plan|<day>|open` for each day, `plan|<day>|kept` for each day kept. */
export function planEvents(days: readonly PlanDay[]): SyncEvent[] {
  const base = { questionId: null, chapter: null, correct: null, score: null, maxScore: null, passLine: null };
  return days.flatMap((d) => {
    const open: SyncEvent = {
      ...base,
      id: planEventId(d.day, 'open'),
      kind: 'plan',
      at: d.openAt,
      day: d.day,
      payload: { day: d.day, state: 'open' },
    };
    if (d.keptAt === null) return [open];
    return [
      open,
      { ...base, id: planEventId(d.day, 'kept'), kind: 'plan', at: d.keptAt, day: d.day, payload: { day: d.day, state: 'kept' } },
    ];
  });
}

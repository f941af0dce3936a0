import type { Services } from '../services/services';
import { startToday, todayForecast, todayPlan } from '../services/today';
import { todayNext } from '../services/report';
import type { SyncEngine } from '../sync/syncEngine';
import type { PrefixHandlers } from './handlers';

/** `sync` notes each plan shown while the learner is connected to a centre (今日计划 on the teacher's page). */
export function todayHandlers(s: Services, sync: Pick<SyncEngine, 'notePlan'>): PrefixHandlers<'today'> {
  return {
    'today:plan': async () => {
      const plan = todayPlan(s);
      await sync.notePlan(plan);
      return plan;
    },
    'today:start': (args) => startToday(s, args?.extraNew ?? 0),
    'today:next': () => todayNext(s),
    'today:forecast': () => todayForecast(s),
  };
}

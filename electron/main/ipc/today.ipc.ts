import type { Services } from '../services/services';
import { startToday, todayForecast, todayPlan } from '../services/today';
import { todayNext } from '../services/report';
import type { PrefixHandlers } from './handlers';

export function todayHandlers(s: Services): PrefixHandlers<'today'> {
  return {
    'today:plan': () => todayPlan(s),
    'today:start': (args) => startToday(s, args?.extraNew ?? 0),
    'today:next': () => todayNext(s),
    'today:forecast': () => todayForecast(s),
  };
}

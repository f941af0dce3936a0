import type { Services } from '../services/services';
import { startToday, todayForecast, todayPlan } from '../services/today';
import type { PrefixHandlers } from './handlers';

export function todayHandlers(s: Services): PrefixHandlers<'today'> {
  return {
    'today:plan': () => todayPlan(s),
    'today:start': () => startToday(s),
    'today:forecast': () => todayForecast(s),
  };
}

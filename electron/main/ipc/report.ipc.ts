import type { Services } from '../services/services';
import { learnerReport } from '../services/report';
import type { PrefixHandlers } from './handlers';

export function reportHandlers(s: Services): PrefixHandlers<'report'> {
  return {
    'report:get': () => learnerReport(s),
  };
}

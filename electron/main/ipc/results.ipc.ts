import { resultsCsv } from '../services/resultsCsv';
import type { Services } from '../services/services';
import type { PrefixHandlers } from './handlers';

export function resultsHandlers(s: Services): PrefixHandlers<'results'> {
  return {
    'results:csv': (a) => resultsCsv(s, a?.adminPin),
  };
}

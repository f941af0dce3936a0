import type { Services } from '../services/createServices';
import { resultsCsv } from '../services/resultsCsv';
import { exportProgress, importProgress } from '../services/transfer';
import type { HandlerGroup } from './handlers';

export function transferHandlers(s: Services): HandlerGroup<'transfer:export' | 'transfer:import' | 'results:csv'> {
  return {
    'transfer:export': () => exportProgress(s),
    'transfer:import': ({ content, acceptOtherLearner }) => importProgress(s, content, acceptOtherLearner),
    'results:csv': (a) => resultsCsv(s, a?.adminPin),
  };
}

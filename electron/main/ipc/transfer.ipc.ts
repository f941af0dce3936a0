import type { Services } from '../services/services';
import { exportProgress, importProgress } from '../services/transfer';
import type { PrefixHandlers } from './handlers';

export function transferHandlers(s: Services): PrefixHandlers<'transfer'> {
  return {
    'transfer:export': () => exportProgress(s),
    'transfer:import': ({ content, acceptOtherLearner }) => importProgress(s, content, acceptOtherLearner),
  };
}

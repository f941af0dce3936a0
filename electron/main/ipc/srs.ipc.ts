import type { Services } from '../services/services';
import { optimizeParams, srsStatus } from '../services/optimize';
import type { PrefixHandlers } from './handlers';

export function srsHandlers(s: Services): PrefixHandlers<'srs'> {
  return {
    'srs:status': () => srsStatus(s),
    'srs:optimize': () => optimizeParams(s),
  };
}

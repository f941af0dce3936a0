import type { Services } from '../services/services';
import { optimizeJob, optimizeParams, srsStatus } from '../services/optimize';
import type { PrefixHandlers } from './handlers';

export function srsHandlers(s: Services): PrefixHandlers<'srs'> {
  return {
    'srs:status': () => srsStatus(s),
    'srs:optimize': () => optimizeParams(s),
    'srs:optimizeStart': () => optimizeJob(s).start(s),
    'srs:optimizeStatus': () => optimizeJob(s).status(),
    'srs:optimizeCancel': () => optimizeJob(s).cancel(),
  };
}

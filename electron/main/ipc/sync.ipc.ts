import type { SyncEngine } from '../sync/syncEngine';
import type { PrefixHandlers } from './handlers';

export function syncHandlers(sync: SyncEngine): PrefixHandlers<'sync'> {
  return {
    'sync:status': () => sync.status(),
    'sync:connect': (a) => sync.connect(a),
    'sync:enrolAll': ({ centreUrl, code, adminPin, personalCodes }) => sync.enrolAll({ centreUrl, code, adminPin, personalCodes }),
    'sync:now': () => sync.syncNow(),
    'sync:disconnect': ({ deleteOnCentre }) => sync.disconnect(deleteOnCentre),
  };
}

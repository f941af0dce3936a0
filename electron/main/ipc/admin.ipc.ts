import { adminStatus, checkAdmin, setAdminPin } from '../services/admin';
import type { Services } from '../services/services';
import type { PrefixHandlers } from './handlers';

export function adminHandlers(s: Services): PrefixHandlers<'admin'> {
  return {
    'admin:check': async ({ pin }) => {
      await checkAdmin(s, pin);
      return adminStatus(s);
    },
    'admin:setPin': ({ current, next }) => setAdminPin(s, current, next),
  };
}

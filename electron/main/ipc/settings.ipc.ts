import type { Services } from '../services/services';
import { syncProfile } from '../services/profiles';
import type { PrefixHandlers } from './handlers';

export function settingsHandlers(s: Services): PrefixHandlers<'settings'> {
  return {
    'settings:get': () => s.settings.get(),
    async 'settings:update'(patch) {
      const before = s.settings.get().desiredRetention;
      const next = await s.settings.update(patch);
      // A new desired retention changes every card's due date: recompute the schedule from the log.
      if (next.desiredRetention !== before) await s.refreshScheduler();
      await syncProfile(s);
      return next;
    },
  };
}

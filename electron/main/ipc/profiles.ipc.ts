import type { Services } from '../services/services';
import { createProfile, deleteProfile, listProfiles, openProfile, renameProfile, resetPin, setPin } from '../services/profiles';
import type { PrefixHandlers } from './handlers';

export function profilesHandlers(s: Services): PrefixHandlers<'profiles'> {
  return {
    'profiles:list': () => listProfiles(s),
    'profiles:create': (a) => createProfile(s, a),
    'profiles:open': ({ id, pin }) => openProfile(s, id, pin),
    'profiles:close': async () => {
      await s.switchLearner(null);
      return { ok: true };
    },
    'profiles:rename': ({ id, name, pin }) => renameProfile(s, id, name, pin),
    'profiles:setPin': ({ id, pin, oldPin }) => setPin(s, id, pin, oldPin),
    'profiles:resetPin': ({ id, adminPin }) => resetPin(s, id, adminPin),
    'profiles:delete': ({ id, pin }) => deleteProfile(s, id, pin),
  };
}

import type { Services } from '../services/createServices';
import type { HandlerGroup } from './handlers';

export function settingsHandlers(s: Services): HandlerGroup<'settings:get' | 'settings:update'> {
  return {
    'settings:get': () => s.settings.get(),
    'settings:update': (patch) => s.settings.update(patch),
  };
}

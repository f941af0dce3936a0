import { setAdminPin } from '../services/admin';
import { centreStatus, reloadCentre, setCentreFolder } from '../services/centreBanks';
import type { Services } from '../services/createServices';
import type { HandlerGroup } from './handlers';

export function centreHandlers(s: Services): HandlerGroup<'centre:status' | 'centre:reload' | 'centre:setFolder' | 'admin:setPin'> {
  return {
    'centre:status': () => centreStatus(s),
    'centre:reload': () => reloadCentre(s),
    'centre:setFolder': ({ dir, adminPin }) => setCentreFolder(s, dir, adminPin),
    'admin:setPin': ({ current, next }) => setAdminPin(s, current, next),
  };
}

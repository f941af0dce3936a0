import { centreStatus, reloadCentre, setCentreFolder } from '../services/centreBanks';
import type { Services } from '../services/createServices';
import type { HandlerGroup } from './handlers';

export function centreHandlers(s: Services): HandlerGroup<'centre:status' | 'centre:reload' | 'centre:setFolder'> {
  return {
    'centre:status': () => centreStatus(s),
    'centre:reload': () => reloadCentre(s),
    'centre:setFolder': ({ dir }) => setCentreFolder(s, dir),
  };
}

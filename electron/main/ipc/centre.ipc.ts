import { centreStatus, reloadCentre, setCentreFolder } from '../services/centreBanks';
import type { Services } from '../services/services';
import type { PrefixHandlers } from './handlers';

export function centreHandlers(s: Services): PrefixHandlers<'centre'> {
  return {
    'centre:status': () => centreStatus(s),
    'centre:reload': () => reloadCentre(s),
    'centre:setFolder': ({ dir, adminPin }) => setCentreFolder(s, dir, adminPin),
  };
}

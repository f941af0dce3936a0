import { catalogOverview } from '../services/catalog';
import type { Services } from '../services/services';
import type { PrefixHandlers } from './handlers';

export function catalogHandlers(s: Services): PrefixHandlers<'catalog'> {
  return {
    'catalog:overview': ({ level }) => catalogOverview(s, level),
  };
}

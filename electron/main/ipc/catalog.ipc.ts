import { catalogOverview } from '../services/catalog';
import type { Services } from '../services/createServices';
import type { HandlerGroup } from './handlers';

export function catalogHandlers(s: Services): HandlerGroup<'catalog:overview'> {
  return {
    'catalog:overview': ({ level }) => catalogOverview(s, level),
  };
}

import { exportList, printRows } from '../services/exportLists';
import type { Services } from '../services/services';
import type { PrefixHandlers } from './handlers';

export function exportHandlers(s: Services): PrefixHandlers<'export'> {
  return {
    'export:list': ({ list, format }) => exportList(s, list, format),
    'export:rows': ({ list }) => printRows(s, list),
  };
}

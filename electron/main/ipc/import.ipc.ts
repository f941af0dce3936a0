import { commitImport, listImported, previewImport, removeImported, setImportedToday } from '../services/importBank';
import type { Services } from '../services/services';
import type { PrefixHandlers } from './handlers';

export function importHandlers(s: Services): PrefixHandlers<'import'> {
  return {
    'import:preview': (args) => previewImport(s, args),
    'import:commit': (args) => commitImport(s, args),
    'import:list': () => listImported(s),
    'import:remove': (args) => removeImported(s, args),
    'import:setToday': (args) => setImportedToday(s, args),
  };
}

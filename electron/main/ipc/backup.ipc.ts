import { createBackupNow, restoreBackup } from '../services/backup';
import type { Services } from '../services/createServices';
import type { HandlerGroup } from './handlers';

export function backupHandlers(s: Services): HandlerGroup<'backup:list' | 'backup:create' | 'backup:restore'> {
  return {
    'backup:list': () => s.backups.list(),
    'backup:create': () => createBackupNow(s),
    'backup:restore': ({ id }) => restoreBackup(s, id),
  };
}

import { createBackupNow, restoreBackup } from '../services/backup';
import type { Services } from '../services/services';
import type { PrefixHandlers } from './handlers';

export function backupHandlers(s: Services): PrefixHandlers<'backup'> {
  return {
    'backup:list': () => s.backups.list(),
    'backup:create': () => createBackupNow(s),
    'backup:restore': ({ id }) => restoreBackup(s, id),
  };
}

import { AppError } from '@shared/errors';
import type { BackupInfo } from '@shared/ipc/contract';
import type { Services } from './services';

/** What this feature uses of the services. */
type Deps = Pick<Services, 'backups' | 'config' | 'events' | 'health' | 'restoreLearner'>;

export async function createBackupNow(s: Deps): Promise<BackupInfo> {
  const backups = s.backups;
  try {
    return await backups.create('manual');
  } catch (e) {
    s.config.log(`backup failed: ${e instanceof Error ? e.message : String(e)}`);
    throw new AppError('STORAGE_WRITE', '备份没有完成（磁盘可能已满或无写入权限）。已有记录没有被改动，请检查磁盘后重试。');
  }
}

/** Restores a backup: writes still queued are flushed first, the current records are kept as a backup. */
export async function restoreBackup(s: Deps, id: string): Promise<{ notices: string[] }> {
  await s.health.retryAll();
  if (s.health.pendingCount > 0) {
    throw new AppError('STORAGE_WRITE', '还有学习记录没能保存到磁盘，现在恢复会丢失它们。请先解决磁盘问题（空间或权限），再恢复备份。');
  }
  const notices = await s.restoreLearner(id);
  // Every open view of these records re-reads them (status, notices); the window that asked also reloads after the call.
  s.events.emit('storage:changed', { problem: s.health.problem !== null });
  return { notices };
}

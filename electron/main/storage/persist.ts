import type { Low } from 'lowdb';
import type { StorageHealth } from './storageHealth';

/**
 * Sets the document's new state in memory and writes it durably. If the disk refuses, the new state is kept in
 * memory and the write is retried by `health` until it succeeds; nothing on disk is damaged (writes are atomic).
 */
export async function persist<T>(db: Low<T>, next: T, health: StorageHealth, key: string): Promise<boolean> {
  db.data = next;
  return health.run(key, () => db.write());
}

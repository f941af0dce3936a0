import type { Low } from 'lowdb';
import { AppError } from '../../shared/errors';
import { ERROR_MESSAGES } from '../../shared/errors';

/**
 * Writes `next` through lowdb; on failure the in-memory document is left as it was before, so memory and disk
 * never disagree about what has been saved, and the caller gets a STORAGE_WRITE error.
 */
export async function writeOrThrow<T>(db: Low<T>, next: T): Promise<void> {
  const before = db.data;
  db.data = next;
  try {
    await db.write();
  } catch (e) {
    db.data = before;
    throw new AppError('STORAGE_WRITE', `${ERROR_MESSAGES.STORAGE_WRITE}（${e instanceof Error ? e.message : String(e)}）`);
  }
}

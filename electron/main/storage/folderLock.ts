import { hostname } from 'node:os';
import { open, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from '@shared/errors';
import { STORAGE_MESSAGES } from './messages';

export const LOCK_FILE = '.sgl-lock.json';

const LockInfo = z.object({ pid: z.number().int(), host: z.string(), runtime: z.string(), since: z.number() });
type LockInfo = z.infer<typeof LockInfo>;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface FolderLock {
  release(): Promise<void>;
}

// Locks this process holds, by folder, with how many opens share each (tests open one folder several times in one
// process; the guard is between processes).
const held = new Map<string, { count: number; release: () => Promise<void> }>();

/**
 * One writer per data folder, across processes: Electron and the browser runtime (or two accounts pointed at one
 * folder) would otherwise each keep their own byte counts and documents and overwrite each other. The lock is a file
 * created exclusively, naming the process and computer that hold it. A lock left by a process that no longer runs on
 * this computer (a crash, a kill) is taken over; one held by a live process, or by another computer, is refused with
 * a Chinese message naming the holder.
 */
export async function lockDataFolder(dataDir: string, runtime: string, now: () => number): Promise<FolderLock> {
  const key = resolve(dataDir);
  let entry = held.get(key);
  if (!entry) {
    entry = { count: 0, release: await takeLock(key, runtime, now) };
    held.set(key, entry);
  }
  entry.count++;
  const mine = entry;
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      if (--mine.count > 0) return;
      held.delete(key);
      await mine.release();
    },
  };
}

async function takeLock(dataDir: string, runtime: string, now: () => number): Promise<() => Promise<void>> {
  const file = join(dataDir, LOCK_FILE);
  const me: LockInfo = { pid: process.pid, host: hostname(), runtime, since: now() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fh = await open(file, 'wx');
      try {
        await fh.writeFile(JSON.stringify(me));
        await fh.sync();
      } finally {
        await fh.close();
      }
      return async () => {
        // Only our own lock is removed (a stale take-over by another process must not be undone by us).
        const current = await readLock(file);
        if (current && current.pid === me.pid && current.host === me.host && current.since === me.since) await rm(file, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const other = await readLock(file);
    // Unreadable (cut short by a crash while being written) or left by a process of this computer that is gone: stale.
    const stale = other === null || (other.host === me.host && !alive(other.pid));
    if (!stale) throw new AppError('FORBIDDEN', STORAGE_MESSAGES.folderInUse(other.runtime, other.pid, other.host, other.since));
    await rm(file, { force: true });
  }
  throw new AppError('FORBIDDEN', STORAGE_MESSAGES.folderLockFailed);
}

async function readLock(file: string): Promise<LockInfo | null> {
  try {
    const parsed = LockInfo.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

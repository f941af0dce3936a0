import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** write-file-atomic's temp files (`name.json.<number>`) and backup copies cut short (`<id>.partial`). */
const LEFTOVER = /(\.json\.\d+|\.partial|\.jsonl\.tmp)$/;

/**
 * Removes what interrupted writes leave behind: temp files of atomic writes and unfinished backup copies (after many
 * kills they pile up). Run at start, while this process holds the folder's lock, so none of them is in use.
 * Returns how many were removed.
 */
export async function removeLeftovers(dataDir: string): Promise<number> {
  let removed = 0;
  const walk = async (dir: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = join(dir, e.name);
      if (LEFTOVER.test(e.name)) {
        await rm(path, { recursive: true, force: true }).catch(() => {});
        removed++;
      } else if (e.isDirectory() && depth < 3 && !e.name.startsWith('electron-profile')) {
        await walk(path, depth + 1);
      }
    }
  };
  await walk(dataDir, 0);
  return removed;
}

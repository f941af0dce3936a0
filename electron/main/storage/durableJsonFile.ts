import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Adapter } from 'lowdb';
import writeFileAtomic from 'write-file-atomic';
import { fsyncDir } from './fsyncDir';

/**
 * A lowdb adapter whose every write is atomic and flushed: temp file + fsync + rename (write-file-atomic), then an
 * fsync of the folder so the rename itself survives a power cut. After a crash the file is the old version or the
 * new one, never a mix.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  #folderReady = false;

  /** `compact`: no indentation (a large derived file that no one reads by hand). */
  constructor(
    readonly file: string,
    readonly options: { compact?: boolean } = {},
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    // The data folder may not exist yet (first run in portable mode, a fresh --data folder).
    if (!this.#folderReady) {
      await mkdir(dirname(this.file), { recursive: true });
      this.#folderReady = true;
    }
    await writeFileAtomic(this.file, `${this.options.compact ? JSON.stringify(data) : JSON.stringify(data, null, 1)}\n`, { fsync: true });
    await fsyncDir(dirname(this.file));
  }
}

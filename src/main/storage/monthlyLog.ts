import { mkdir, open, readdir, readFile, truncate, writeFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { parseJsonLines, serializeLine } from '../../core/storage/jsonLines';
import { fsyncDir } from './fsyncDir';
import { STORAGE_MESSAGES } from './messages';
import type { StorageHealth } from './storageHealth';

const MONTH_FILE = /^(\d{4}-\d{2})\.jsonl$/;

/** Local-time month key, so an evening session lands in the month the learner sees on the calendar. */
export function monthKey(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/**
 * An append-only log in one JSON-lines file per month. Appending writes one line and flushes it (fdatasync), so
 * recording never rewrites history. On open, a torn last line (from a crash mid-write) is moved to a side file and
 * cut off, so the next append starts on a clean line; damaged complete lines are skipped and reported.
 * Lines that could not be written stay queued in memory and are written, in order, once the disk accepts them.
 */
export class MonthlyLog<T extends { at: number }> {
  readonly #dir: string;
  readonly #schema: z.ZodType<T>;
  readonly #health: StorageHealth;
  readonly #records: T[] = [];
  readonly #queue: { month: string; line: string }[] = [];
  #handle: { month: string; fh: FileHandle } | null = null;
  readonly notices: string[] = [];

  constructor(dir: string, schema: z.ZodType<T>, health: StorageHealth) {
    this.#dir = dir;
    this.#schema = schema;
    this.#health = health;
  }

  async load(): Promise<void> {
    await mkdir(this.#dir, { recursive: true });
    const files = (await readdir(this.#dir)).filter((f) => MONTH_FILE.test(f)).sort();
    for (const f of files) {
      const path = join(this.#dir, f);
      const buf = await readFile(path);
      const parsed = parseJsonLines(
        buf.toString('utf8'),
        (v) => {
          const r = this.#schema.safeParse(v);
          return r.success ? r.data : undefined;
        },
        (s) => Buffer.byteLength(s, 'utf8'),
      );
      for (const r of parsed.records) this.#records.push(r);
      if (parsed.badLines.length) this.notices.push(STORAGE_MESSAGES.logLinesSkipped(f, parsed.badLines.length));
      if (parsed.tornAt !== null) {
        const aside = `${f}.torn-${Date.now()}`;
        await writeFile(join(this.#dir, aside), buf.subarray(parsed.tornAt));
        await truncate(path, parsed.tornAt);
        this.notices.push(STORAGE_MESSAGES.logTornTail(f, aside));
      }
    }
  }

  all(): readonly T[] {
    return this.#records;
  }

  /** Records in memory at once; returns whether it (and everything queued before it) reached the disk. */
  async append(record: T): Promise<boolean> {
    this.#records.push(record);
    this.#queue.push({ month: monthKey(record.at), line: serializeLine(record) });
    return this.#health.run('log', () => this.#flush());
  }

  async #flush(): Promise<void> {
    while (this.#queue.length) {
      const month = this.#queue[0]!.month;
      let n = 0;
      while (n < this.#queue.length && this.#queue[n]!.month === month) n++;
      const text = this.#queue
        .slice(0, n)
        .map((q) => q.line)
        .join('');
      const fh = await this.#fileFor(month);
      try {
        await fh.appendFile(text, 'utf8');
        await fh.datasync();
      } catch (e) {
        // The handle may be unusable now; reopen next time. A partial line is cut off at the next load.
        await this.#closeHandle();
        throw e;
      }
      this.#queue.splice(0, n);
    }
  }

  async #fileFor(month: string): Promise<FileHandle> {
    if (this.#handle?.month === month) return this.#handle.fh;
    await this.#closeHandle();
    const fh = await open(join(this.#dir, `${month}.jsonl`), 'a');
    await fsyncDir(this.#dir);
    this.#handle = { month, fh };
    return fh;
  }

  async #closeHandle(): Promise<void> {
    const h = this.#handle;
    this.#handle = null;
    await h?.fh.close().catch(() => {});
  }

  async close(): Promise<void> {
    await this.#closeHandle();
  }
}

import { mkdir, open, readdir, rename, truncate, writeFile, type FileHandle } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { z } from 'zod';
import { parseJsonLines, serializeLine } from '@core/storage/jsonLines';
import { fsyncDir } from './fsyncDir';
import { STORAGE_MESSAGES } from './messages';
import type { StorageHealth } from './storageHealth';

const MONTH_FILE = /^(\d{4}-\d{2})\.jsonl$/;

/** Local-time month key, so an evening session lands in the month the learner sees on the calendar. */
export function monthKey(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** Bytes of each month file known to be complete (a clean line boundary). */
export type LogOffsets = Record<string, number>;

/** A watermark: per month, the complete bytes and a checksum of them, so a changed prefix is noticed. */
export type LogWatermark = Record<string, { bytes: number; sha1: string }>;

const sha1 = (buf: Buffer) => createHash('sha1').update(buf).digest('hex');

async function readFrom(path: string, from: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    const buf = Buffer.alloc(Math.max(0, size - from));
    if (buf.length) await fh.read(buf, 0, buf.length, from);
    return buf;
  } finally {
    await fh.close();
  }
}

/**
 * An append-only log in one JSON-lines file per month. Appending writes one line and flushes it (fdatasync), so
 * recording never rewrites history. Opening can start from known offsets (a snapshot's watermark) and read only
 * what was appended since. A torn last line (crash mid-write) is moved to a side file and cut off, so the next
 * append starts on a clean line; damaged complete lines are skipped and reported. Lines the disk refused stay
 * queued in memory and are written, in order, once it accepts them.
 */
export class MonthlyLog<T extends { at: number }> {
  readonly #dir: string;
  readonly #schema: z.ZodType<T>;
  readonly #health: StorageHealth;
  readonly #queue: { month: string; line: string }[] = [];
  readonly #sizes: LogOffsets = {};
  #handle: { month: string; fh: FileHandle } | null = null;
  #flushing: Promise<void> = Promise.resolve();
  /** Months whose file may end in a fragment of a failed write. */
  readonly #untrusted = new Set<string>();
  readonly notices: string[] = [];
  /** Months whose file had damaged lines or an unfinished last line when opened (candidates for recovery). */
  readonly damagedMonths = new Set<string>();
  /** Months whose file is missing or shorter than the index last recorded: lines were lost, not just damaged. */
  readonly lostMonths = new Set<string>();

  constructor(dir: string, schema: z.ZodType<T>, health: StorageHealth) {
    this.#dir = dir;
    this.#schema = schema;
    this.#health = health;
  }

  #parse(buf: Buffer) {
    return parseJsonLines(
      buf,
      (v) => {
        const r = this.#schema.safeParse(v);
        return r.success ? r.data : undefined;
      },
      (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8'),
    );
  }

  /** Month files present. Something else under a month file's name (a folder) is moved aside and the month marked damaged. */
  async #months(): Promise<string[]> {
    await mkdir(this.#dir, { recursive: true });
    const out: string[] = [];
    for (const e of await readdir(this.#dir, { withFileTypes: true })) {
      const m = MONTH_FILE.exec(e.name)?.[1];
      if (m === undefined) continue;
      if (e.isFile()) {
        out.push(m);
        continue;
      }
      const aside = `${e.name}.damaged-${Date.now()}`;
      await rename(join(this.#dir, e.name), join(this.#dir, aside));
      this.damagedMonths.add(m);
      this.lostMonths.add(m);
      this.notices.push(STORAGE_MESSAGES.logNotAFile(e.name, aside));
    }
    return out.sort();
  }

  /**
   * Reads the records appended after the watermark (all records when it is empty), cutting torn tails. Returns
   * null when a file does not start with the bytes the watermark describes (shorter, or a different checksum):
   * then the caller must rebuild from everything.
   */
  async open(from: LogWatermark = {}): Promise<T[] | null> {
    const months = await this.#months();
    const files = new Map<string, Buffer>();
    let inStep = true;
    // A month the index knew that is gone, or shorter than the index recorded, lost whole lines (emptied, deleted, cut
    // at a line boundary): a damage to recover from backups, not just a stale index.
    for (const [m, mark] of Object.entries(from)) {
      if (mark.bytes > 0 && !months.includes(m)) {
        this.damagedMonths.add(m);
        this.lostMonths.add(m);
        inStep = false;
      }
    }
    for (const m of months) {
      const buf = await readFrom(join(this.#dir, `${m}.jsonl`), 0);
      const mark = from[m];
      if (mark && buf.length < mark.bytes) {
        this.damagedMonths.add(m);
        this.lostMonths.add(m);
        inStep = false;
      } else if (mark && sha1(buf.subarray(0, mark.bytes)) !== mark.sha1) {
        inStep = false;
      }
      files.set(m, buf);
    }
    if (!inStep) return null;
    const out: T[] = [];
    for (const m of months) {
      const file = `${m}.jsonl`;
      const path = join(this.#dir, file);
      const start = from[m]?.bytes ?? 0;
      const buf = files.get(m)!.subarray(start);
      const parsed = this.#parse(buf);
      for (const r of parsed.records) out.push(r);
      if (parsed.badLines.length) {
        this.notices.push(STORAGE_MESSAGES.logLinesSkipped(file, parsed.badLines.length));
        this.damagedMonths.add(m);
      }
      if (parsed.tornAt !== null) this.damagedMonths.add(m);
      let size = start + buf.length;
      if (parsed.tornAt !== null) {
        const aside = `${file}.torn-${Date.now()}`;
        await writeFile(join(this.#dir, aside), buf.subarray(parsed.tornAt));
        size = start + parsed.tornAt;
        await truncate(path, size);
        this.notices.push(STORAGE_MESSAGES.logTornTail(file, aside));
      }
      this.#sizes[m] = size;
    }
    return out;
  }

  /**
   * The bytes of each month file that are on disk, or null while appended records still wait to be written. Taken
   * synchronously, so a caller can pair it with in-memory state of the same instant.
   */
  settledSizes(): LogOffsets | null {
    return this.#queue.length === 0 ? { ...this.#sizes } : null;
  }

  /** Bytes on disk and the records still queued for the disk, at this instant (they never overlap). */
  state(): { sizes: LogOffsets; pending: T[] } {
    const pending: T[] = [];
    for (const q of this.#queue) {
      const r = this.#schema.safeParse(JSON.parse(q.line));
      if (r.success) pending.push(r.data);
    }
    return { sizes: { ...this.#sizes }, pending };
  }

  /** The watermark of the given sizes (default: what is on disk now): those bytes of each month and their checksum. */
  async watermark(sizes: LogOffsets = { ...this.#sizes }): Promise<LogWatermark> {
    const out: LogWatermark = {};
    for (const [m, bytes] of Object.entries(sizes)) {
      const buf = await readFrom(join(this.#dir, `${m}.jsonl`), 0);
      out[m] = { bytes, sha1: sha1(buf.subarray(0, bytes)) };
    }
    return out;
  }

  /** The readable records of one month's file, up to what is known to be whole (none when the file is gone). */
  async recordsOf(month: string): Promise<T[]> {
    const size = this.#sizes[month] ?? 0;
    if (size === 0) return [];
    const buf = await readFrom(join(this.#dir, `${month}.jsonl`), 0);
    return this.#parse(buf.subarray(0, size)).records;
  }

  /** Parses a copy of a month file (from a backup); unreadable lines are skipped. */
  async readCopy(file: string): Promise<T[]> {
    return this.#parse(await readFrom(file, 0)).records;
  }

  /** Every record on disk (for rebuilding derived state or exporting), up to the given sizes when given. */
  async readAll(sizes: LogOffsets = this.#sizes): Promise<T[]> {
    const out: T[] = [];
    for (const m of await this.#months()) {
      const buf = await readFrom(join(this.#dir, `${m}.jsonl`), 0);
      // A month first written after `sizes` was taken is not part of that state.
      const limit = sizes === this.#sizes ? (this.#sizes[m] ?? buf.length) : (sizes[m] ?? 0);
      for (const r of this.#parse(buf.subarray(0, limit)).records) out.push(r);
    }
    return out;
  }

  /** Appends many records (e.g. an import) with one flush per month file. */
  appendMany(records: readonly T[]): Promise<boolean> {
    for (const r of records) this.#queue.push({ month: monthKey(r.at), line: serializeLine(r) });
    return this.#health.run('log', () => this.#flushInTurn());
  }

  /** Resolves to whether this record (and everything queued before it) reached the disk. */
  append(record: T): Promise<boolean> {
    this.#queue.push({ month: monthKey(record.at), line: serializeLine(record) });
    return this.#health.run('log', () => this.#flushInTurn());
  }

  /**
   * Flushes run one after another: two at once would both write the lines queued before either finished. Each
   * flush writes the whole queue, so a record is on disk once the flush chained after its push resolves.
   */
  #flushInTurn(): Promise<void> {
    const run = this.#flushing.then(() => this.#flush());
    this.#flushing = run.catch(() => {});
    return run;
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
      // After a failed write (disk full) part of a line may be in the file: cut back to the last whole line first,
      // or the retry would glue its lines to that fragment.
      if (this.#untrusted.has(month)) {
        await truncate(join(this.#dir, `${month}.jsonl`), this.#sizes[month] ?? 0).catch((e: NodeJS.ErrnoException) => {
          if (e.code !== 'ENOENT') throw e;
        });
        this.#untrusted.delete(month);
      }
      const fh = await this.#fileFor(month);
      try {
        await fh.appendFile(text, 'utf8');
        await fh.datasync();
      } catch (e) {
        // The handle may be unusable now; reopen next time, after cutting off whatever part was written.
        this.#untrusted.add(month);
        await this.#closeHandle();
        throw e;
      }
      this.#sizes[month] = (this.#sizes[month] ?? 0) + Buffer.byteLength(text, 'utf8');
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

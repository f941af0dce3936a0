import { closeSync, constants, fdatasyncSync, fstatSync, openSync, truncateSync, writeSync } from 'node:fs';
import { mkdir, open, readdir, rename, truncate, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { z } from 'zod';
import { parseJsonLines, serializeLine } from '@core/storage/jsonLines';
import { fsyncDirSync } from './fsyncDir';
import { STORAGE_MESSAGES } from './messages';
import type { StorageHealth } from './storageHealth';

const MONTH_FILE = /^(\d{4}-\d{2})\.jsonl$/;

/**
 * Month files are kept open for writing with O_DSYNC where the platform has it: each write then returns only once
 * its bytes (and the file size) are on the disk, exactly what a write followed by fdatasync gives, in one system
 * call. Where O_DSYNC is missing (Node on Windows does not define it), each write is followed by an explicit
 * fdatasync.
 *
 * The write is synchronous, on the calling thread, as SQLite's is (better-sqlite3, and Anki's revlog): one system
 * call per answer and no hand-off to libuv's thread pool and back, which under load cost more than the flush itself.
 * It blocks the main process for the length of one data flush (well under a millisecond to a few on a busy disk),
 * the same as a synchronous SQLite commit; reads and the index snapshot stay asynchronous.
 *
 * Room ahead is written as spaces ({@link PREALLOC_BYTES} at a time, itself flushed) and answers overwrite it at the
 * log's end, as SQLite reuses its WAL: a flush that does not change the file's size or block map needs no journal
 * commit of the file system's metadata, only the data block (about a quarter less time per answer on ext4 here).
 * The room is never data: every line ends in a newline, so the log ends at its last byte that is not a space; readers
 * stop there, and a clean close cuts the room off again. Spaces, not zeros, so that damage stays visible: blocks a
 * crash left zeroed are not mistaken for room and are found and recovered as before, and a write cut short inside
 * the room leaves a fragment without its newline, which is cut off as a torn line.
 */
const DSYNC: number | undefined = constants.O_DSYNC;
const OPEN_FLAGS = constants.O_WRONLY | constants.O_CREAT | (DSYNC ?? 0);

/** Room written ahead of the log's end at a time (a few hundred answers). */
export const PREALLOC_BYTES = 64 * 1024;

/** The system calls the append path makes (an object, so fault tests can make the disk refuse or cut a write). */
export const logIo = {
  open: (path: string): number => openSync(path, OPEN_FLAGS),
  /** Writes at `position` (the log's end, or the end of the room ahead when adding room). */
  write: (fd: number, buf: Buffer, offset: number, length: number, position: number): number =>
    writeSync(fd, buf, offset, length, position),
  datasync: (fd: number): void => {
    if (DSYNC === undefined) fdatasyncSync(fd);
  },
  truncate: (path: string, size: number): void => truncateSync(path, size),
  /** The file's size on disk (data and the room ahead). */
  size: (fd: number): number => fstatSync(fd).size,
  close: (fd: number): void => closeSync(fd),
};

/** The byte the room ahead of the log's end is filled with (a space). */
export const ROOM_BYTE = 0x20;

/** Where the log's data ends in `buf`: after its last byte that is not room. */
export function dataEnd(buf: Uint8Array): number {
  let end = buf.length;
  while (end > 0 && buf[end - 1] === ROOM_BYTE) end--;
  return end;
}

/** Local-time month key, so an evening session lands in the month the learner sees on the calendar. */
export function monthKey(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** Bytes of each month file known to be complete (a clean line boundary). */
export type LogOffsets = Record<string, number>;

/**
 * A watermark: per month, the complete bytes and a checksum of the bytes from `from` (absent: 0) up to them. New
 * watermarks hash only the last {@link WATERMARK_TAIL} bytes, so opening and snapshotting read a few KiB per month
 * instead of the whole log; a file that is now shorter, gone, or different in that last stretch is noticed.
 */
export type LogWatermark = Record<string, { bytes: number; sha1: string; from?: number | undefined }>;

/** The bytes before a watermark that its checksum covers. */
export const WATERMARK_TAIL = 64 * 1024;

const sha1 = (buf: Buffer) => createHash('sha1').update(buf).digest('hex');

/** The bytes of a file from `from` up to `to` (default: its end). */
async function readFrom(path: string, from: number, to?: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const end = to ?? (await fh.stat()).size;
    const buf = Buffer.alloc(Math.max(0, end - from));
    let done = 0;
    while (done < buf.length) {
      const { bytesRead } = await fh.read(buf, done, buf.length - done, from + done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    return done === buf.length ? buf : buf.subarray(0, done);
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
  /** The last watermark entry computed per month (a month's complete bytes never change, only grow). */
  readonly #marks = new Map<string, { bytes: number; sha1: string; from: number }>();
  /** The month file open for writing, and its size on disk (its data and the room ahead of the end). */
  #handle: { month: string; fd: number; room: number } | null = null;
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
    // Per month: the bytes from the start of the checksummed stretch (the whole file when the index does not know it).
    const files = new Map<string, { buf: Buffer; at: number }>();
    for (const m of months) {
      const mark = from[m];
      const at = mark ? (mark.from ?? 0) : 0;
      const buf = await readFrom(join(this.#dir, `${m}.jsonl`), at);
      if (mark && at + buf.length < mark.bytes) {
        this.damagedMonths.add(m);
        this.lostMonths.add(m);
        inStep = false;
      } else if (mark && sha1(buf.subarray(0, mark.bytes - at)) !== mark.sha1) {
        inStep = false;
      }
      files.set(m, { buf, at });
      if (mark?.from !== undefined) this.#marks.set(m, { bytes: mark.bytes, sha1: mark.sha1, from: mark.from });
    }
    if (!inStep) return null;
    const out: T[] = [];
    for (const m of months) {
      const file = `${m}.jsonl`;
      const path = join(this.#dir, file);
      const start = from[m]?.bytes ?? 0;
      const { buf: read, at } = files.get(m)!;
      const buf = read.subarray(start - at, Math.max(start - at, dataEnd(read)));
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

  /**
   * The watermark of the given sizes (default: what is on disk now): those bytes of each month and a checksum of
   * their last stretch. Reads at most {@link WATERMARK_TAIL} bytes of a month that grew; past months are remembered.
   */
  async watermark(sizes: LogOffsets = { ...this.#sizes }): Promise<LogWatermark> {
    const out: LogWatermark = {};
    for (const [m, bytes] of Object.entries(sizes)) {
      const known = this.#marks.get(m);
      if (known?.bytes === bytes) {
        out[m] = known;
        continue;
      }
      const at = Math.max(0, bytes - WATERMARK_TAIL);
      const mark = { bytes, sha1: sha1(await readFrom(join(this.#dir, `${m}.jsonl`), at, bytes)), from: at };
      this.#marks.set(m, mark);
      out[m] = mark;
    }
    return out;
  }

  /** The months with bytes on disk, in order (as of the last open and the appends since). */
  months(): string[] {
    return Object.keys(this.#sizes).sort();
  }

  /** The readable records of one month's file, up to what is known to be whole (none when the file is gone). */
  async recordsOf(month: string): Promise<T[]> {
    const size = this.#sizes[month] ?? 0;
    if (size === 0) return [];
    const buf = await readFrom(join(this.#dir, `${month}.jsonl`), 0);
    return this.#parse(buf.subarray(0, size)).records;
  }

  /**
   * Lines of one month's file, up to what is known to be whole, through a caller's own light check instead of the
   * record schema (a read-only summary such as the 学习报告's); lines it refuses are skipped.
   */
  async scanMonth<S>(month: string, pick: (value: unknown) => S | undefined): Promise<S[]> {
    const size = this.#sizes[month] ?? 0;
    if (size === 0) return [];
    const buf = await readFrom(join(this.#dir, `${month}.jsonl`), 0, size);
    return parseJsonLines(buf, pick, (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8')).records;
  }

  /** Parses a copy of a month file (from a backup); unreadable lines are skipped. */
  async readCopy(file: string): Promise<T[]> {
    const buf = await readFrom(file, 0);
    return this.#parse(buf.subarray(0, dataEnd(buf))).records;
  }

  /** Every record on disk (for rebuilding derived state or exporting), up to the given sizes when given. */
  async readAll(sizes: LogOffsets = this.#sizes): Promise<T[]> {
    const out: T[] = [];
    for (const m of await this.#months()) {
      const buf = await readFrom(join(this.#dir, `${m}.jsonl`), 0);
      // A month first written after `sizes` was taken is not part of that state.
      const limit = sizes === this.#sizes ? (this.#sizes[m] ?? dataEnd(buf)) : (sizes[m] ?? 0);
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
   * Writes the whole queue at once, synchronously (so two flushes can never interleave); a record is on disk when
   * the flush after its push returns. Fails (rejects) with the queue kept for the retry.
   */
  #flushInTurn(): Promise<void> {
    try {
      this.#flush();
      return Promise.resolve();
    } catch (e) {
      return Promise.reject(e as Error);
    }
  }

  #flush(): void {
    while (this.#queue.length) {
      const month = this.#queue[0]!.month;
      let n = 0;
      while (n < this.#queue.length && this.#queue[n]!.month === month) n++;
      // One answer (the usual case) is its own line; no copy of the queue.
      const text =
        n === 1
          ? this.#queue[0]!.line
          : this.#queue
              .slice(0, n)
              .map((q) => q.line)
              .join('');
      // After a failed write (disk full) part of a line may be in the file: cut back to the last whole line first,
      // or the retry would glue its lines to that fragment.
      if (this.#untrusted.has(month)) {
        try {
          logIo.truncate(this.#pathOf(month), this.#sizes[month] ?? 0);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
        }
        this.#untrusted.delete(month);
      }
      const h = this.#fileFor(month);
      const bytes = Buffer.from(text, 'utf8');
      const end = this.#sizes[month] ?? 0;
      try {
        this.#makeRoom(h, end + bytes.length);
        // A short write (disk full) is continued; the next write then fails and the month is cut back on retry.
        for (let done = 0; done < bytes.length;) done += logIo.write(h.fd, bytes, done, bytes.length - done, end + done);
        logIo.datasync(h.fd);
      } catch (e) {
        // The handle may be unusable now; reopen next time, after cutting off whatever part was written.
        this.#untrusted.add(month);
        this.#closeHandle();
        throw e;
      }
      h.room = Math.max(h.room, end + bytes.length);
      this.#sizes[month] = (this.#sizes[month] ?? 0) + bytes.length;
      this.#queue.splice(0, n);
    }
  }

  #pathOf(month: string): string {
    return join(this.#dir, `${month}.jsonl`);
  }

  /** The open month file; a newly created one has its directory entry flushed too, so the file survives a power cut. */
  #fileFor(month: string): { month: string; fd: number; room: number } {
    if (this.#handle?.month === month) return this.#handle;
    this.#closeHandle();
    const fd = logIo.open(this.#pathOf(month));
    fsyncDirSync(this.#dir);
    this.#handle = { month, fd, room: logIo.size(fd) };
    return this.#handle;
  }

  /**
   * Writes room ahead of the log's end when `upTo` would pass it (flushed like any write, so the file's new size is
   * on the disk before data is written into it). A disk too full for them is no error: the data is then written past
   * the end, growing the file as an append would.
   */
  #makeRoom(h: { fd: number; room: number }, upTo: number): void {
    if (upTo <= h.room) return;
    const grow = Math.ceil((upTo - h.room) / PREALLOC_BYTES) * PREALLOC_BYTES;
    try {
      const room = Buffer.alloc(grow, ROOM_BYTE);
      for (let done = 0; done < grow;) done += logIo.write(h.fd, room, done, grow - done, h.room + done);
      logIo.datasync(h.fd);
      h.room += grow;
    } catch {
      // Part of the room may be there; the data overwrites it and readers stop at its end.
      try {
        h.room = logIo.size(h.fd);
      } catch {
        // the write that follows will say what is wrong
      }
    }
  }

  /** Closes the open month file, first cutting off the room ahead of its end (the next open starts without room). */
  #closeHandle(): void {
    const h = this.#handle;
    this.#handle = null;
    if (h) {
      const end = this.#sizes[h.month] ?? 0;
      try {
        if (h.room > end && !this.#untrusted.has(h.month)) logIo.truncate(join(this.#dir, `${h.month}.jsonl`), end);
      } catch {
        // the room stays; readers stop at the data's end
      }
      try {
        logIo.close(h.fd);
      } catch {
        // already unusable
      }
    }
  }

  async close(): Promise<void> {
    this.#closeHandle();
    return Promise.resolve();
  }
}

import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { parseJsonLines, serializeLine } from '@core/storage/jsonLines';
import { AnswerRecord } from '@shared/records';

/**
 * Answers the data disk would not take (full, read-only), copied to a small file somewhere else (by default the
 * system's temp folder, often another disk or at least another quota), so a crash while they wait in memory does not
 * lose them. Written whenever an answer could not be saved, merged back (each answer once) when the learner's
 * records are next opened, and removed once they are in the log. Best effort: where that place is not writable
 * either, the answers survive only in memory (the README says so).
 */
export class SpillFile {
  constructor(readonly file: string) {}

  async write(records: readonly AnswerRecord[]): Promise<boolean> {
    if (records.length === 0) return this.clear().then(() => true);
    const tmp = `${this.file}.tmp`;
    try {
      await writeFile(tmp, records.map(serializeLine).join(''), 'utf8');
      await rename(tmp, this.file);
      return true;
    } catch {
      await rm(tmp, { force: true }).catch(() => {});
      return false;
    }
  }

  async read(): Promise<AnswerRecord[]> {
    let buf: Buffer;
    try {
      buf = await readFile(this.file);
    } catch {
      return [];
    }
    return parseJsonLines(
      buf,
      (v) => {
        const r = AnswerRecord.safeParse(v);
        return r.success ? r.data : undefined;
      },
      (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8'),
    ).records;
  }

  async clear(): Promise<void> {
    await rm(this.file, { force: true }).catch(() => {});
  }
}

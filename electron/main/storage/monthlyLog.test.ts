import { appendFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { tempDataDir } from '../../../test/support/questionsDirForTesting';
import { dataEnd, MonthlyLog, PREALLOC_BYTES, ROOM_BYTE } from './monthlyLog';
import { StorageHealth } from './storageHealth';

const Rec = z.object({ at: z.number(), n: z.number() });
type Rec = z.infer<typeof Rec>;
const AT = new Date(2026, 10, 15, 12).getTime();
const month = (dir: string) => join(dir, `${new Date(AT).getFullYear()}-${String(new Date(AT).getMonth() + 1).padStart(2, '0')}.jsonl`);

describe('MonthlyLog (issue 12, hole 4): arbitrary damage never costs an acknowledged record and never extends the file', () => {
  it('property: garbage bytes (invalid UTF-8, NUL, CR) and a torn tail, then an append: it is kept, the file only shrinks at open', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6 }),
        fc.uint8Array({ maxLength: 40 }),
        fc.uint8Array({ minLength: 1, maxLength: 30 }).filter((b) => !b.includes(0x0a)),
        async (n, garbage, torn) => {
          const dir = join(tempDataDir(), 'reviews');
          mkdirSync(dir, { recursive: true });
          const first = new MonthlyLog<Rec>(dir, Rec, new StorageHealth(() => {}));
          await first.open();
          for (let i = 0; i < n; i++) expect(await first.append({ at: AT + i, n: i })).toBe(true);
          await first.close();
          // Damage: a line of arbitrary bytes (ended by a newline), then a torn last line without one.
          appendFileSync(month(dir), Buffer.concat([Buffer.from(garbage), Buffer.from([0x0a]), Buffer.from(torn)]));
          const before = statSync(month(dir)).size;
          const second = new MonthlyLog<Rec>(dir, Rec, new StorageHealth(() => {}));
          const read = await second.open();
          expect(statSync(month(dir)).size).toBeLessThanOrEqual(before); // never extended (no NUL padding)
          expect(read!.map((r) => r.n).slice(0, n)).toEqual(Array.from({ length: n }, (_, i) => i));
          expect(await second.append({ at: AT + 100, n: 100 })).toBe(true); // acknowledged
          await second.close();
          const third = new MonthlyLog<Rec>(dir, Rec, new StorageHealth(() => {}));
          const after = (await third.open())!.map((r) => r.n);
          await third.close();
          expect(after).toContain(100);
          for (let i = 0; i < n; i++) expect(after).toContain(i);
          expect(readFileSync(month(dir)).at(-1)).toBe(0x0a); // ends on a whole line
        },
      ),
      { numRuns: 60, seed: 20261202 },
    );
  }, 60_000);
});

describe('MonthlyLog (issue 14): room written ahead of the end, overwritten by answers', () => {
  const open = async (dir: string) => {
    const log = new MonthlyLog<Rec>(dir, Rec, new StorageHealth(() => {}));
    const read = await log.open();
    return { log, read: read! };
  };
  const freshDir = () => {
    const dir = join(tempDataDir(), 'reviews');
    mkdirSync(dir, { recursive: true });
    return dir;
  };
  const lines = (rs: Rec[]) => rs.map((r) => `${JSON.stringify(r)}\n`).join('');

  it('while open the file holds spaces past the answers; a clean close leaves exactly the lines', async () => {
    const dir = freshDir();
    const { log } = await open(dir);
    const rs = Array.from({ length: 5 }, (_, i) => ({ at: AT + i, n: i }));
    for (const r of rs) expect(await log.append(r)).toBe(true);
    const whileOpen = readFileSync(month(dir));
    expect(whileOpen.length).toBe(PREALLOC_BYTES);
    expect(whileOpen.subarray(0, dataEnd(whileOpen)).toString('utf8')).toBe(lines(rs));
    expect(whileOpen.subarray(dataEnd(whileOpen)).every((b) => b === ROOM_BYTE)).toBe(true);
    await log.close();
    expect(readFileSync(month(dir), 'utf8')).toBe(lines(rs));
  });

  it('grows the room by whole steps when a batch passes it, and every record lands once, in order', async () => {
    const dir = freshDir();
    const { log } = await open(dir);
    const many = Array.from({ length: 4000 }, (_, i) => ({ at: AT + i, n: i })); // ~90 KiB: two steps of room
    expect(await log.appendMany(many)).toBe(true);
    expect(statSync(month(dir)).size).toBe(2 * PREALLOC_BYTES);
    expect(await log.append({ at: AT + 5000, n: 5000 })).toBe(true);
    await log.close();
    const { log: again, read } = await open(dir);
    await again.close();
    expect(read.map((r) => r.n)).toEqual([...many.map((r) => r.n), 5000]);
  });

  it('after a crash (the room still there) the next start reads every answer and appends right after the last one', async () => {
    const dir = freshDir();
    const rs = [
      { at: AT, n: 1 },
      { at: AT + 1, n: 2 },
    ];
    writeFileSync(month(dir), Buffer.concat([Buffer.from(lines(rs)), Buffer.alloc(3000, ROOM_BYTE)]));
    const { log, read } = await open(dir);
    expect(read).toEqual(rs);
    expect(log.notices).toEqual([]);
    expect(log.damagedMonths.size).toBe(0);
    expect(await log.append({ at: AT + 2, n: 3 })).toBe(true);
    expect(statSync(month(dir)).size).toBe(lines(rs).length + 3000); // the room is reused, not grown
    await log.close();
    expect(readFileSync(month(dir), 'utf8')).toBe(lines([...rs, { at: AT + 2, n: 3 }]));
  });

  it('property: a write cut short inside the room is cut off as a torn line; acknowledged answers are all kept', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 27 }), // the record below is 27 bytes before its newline
        fc.integer({ min: 0, max: 2000 }),
        async (n, cut, room) => {
          const dir = freshDir();
          const rs = Array.from({ length: n }, (_, i) => ({ at: AT + i, n: i }));
          const unfinished = JSON.stringify({ at: AT + 99, n: 99 }).slice(0, cut); // never its newline
          writeFileSync(month(dir), Buffer.concat([Buffer.from(lines(rs) + unfinished), Buffer.alloc(room, ROOM_BYTE)]));
          const { log, read } = await open(dir);
          expect(read).toEqual(rs);
          expect(await log.append({ at: AT + 100, n: 100 })).toBe(true);
          await log.close();
          const { log: third, read: after } = await open(dir);
          await third.close();
          expect(after).toEqual([...rs, { at: AT + 100, n: 100 }]);
          expect(readFileSync(month(dir)).at(-1)).toBe(0x0a);
        },
      ),
      { numRuns: 40, seed: 20261203 },
    );
  }, 60_000);

  it('zeros at the end are damage, not room: the month is marked damaged (and recovered from backups by the repo)', async () => {
    const dir = freshDir();
    writeFileSync(month(dir), Buffer.concat([Buffer.from(lines([{ at: AT, n: 1 }])), Buffer.alloc(500)]));
    const { log, read } = await open(dir);
    await log.close();
    expect(read).toEqual([{ at: AT, n: 1 }]);
    expect(log.damagedMonths.size).toBe(1);
  });
});

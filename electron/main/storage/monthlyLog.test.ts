import { appendFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { tempDataDir } from '../../../test/support/questionsDirForTesting';
import { MonthlyLog } from './monthlyLog';
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

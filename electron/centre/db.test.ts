import { afterAll, describe, expect, it } from 'vitest';
import { postgresBinDir, startPostgres } from '../../test/support/centre/postgresServer';
import { openPglite, openPostgres, type Db } from './db';

/** A promise and its resolve, to hold a transaction open until the test lets it go. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { open, opened };
}
const tick = () => new Promise((r) => setTimeout(r, 20));

describe('the embedded database: reads go ahead of waiting pushes', () => {
  it('a read queued behind three pushes runs as soon as the running push ends', async () => {
    const db = await openPglite();
    try {
      await db.exec('CREATE TABLE t (x int)');
      const order: string[] = [];
      const first = gate();
      const pushes = [1, 2, 3].map((n) =>
        db.bulkTx(async (q) => {
          order.push(`push ${n} starts`);
          if (n === 1) await first.opened;
          await q.query('INSERT INTO t VALUES ($1)', [n]);
          order.push(`push ${n} ends`);
        }),
      );
      await tick();
      const read = db.query<{ n: number }>('SELECT count(*)::int AS n FROM t').then((rows) => order.push(`read sees ${rows[0]!.n}`));
      await tick();
      first.open();
      await Promise.all([...pushes, read]);
      expect(order).toEqual([
        'push 1 starts',
        'push 1 ends',
        'read sees 1',
        'push 2 starts',
        'push 2 ends',
        'push 3 starts',
        'push 3 ends',
      ]);
      // A push that throws is rolled back and the lane goes on.
      await expect(
        db.bulkTx(async (q) => {
          await q.query('INSERT INTO t VALUES (9)');
          throw new Error('bad batch');
        }),
      ).rejects.toThrow('bad batch');
      expect(await db.query('SELECT x FROM t ORDER BY x')).toEqual([{ x: 1 }, { x: 2 }, { x: 3 }]);
    } finally {
      await db.close();
    }
  });
});

const bin = postgresBinDir();
describe.skipIf(!bin)('a PostgreSQL server: pushes never take the last two connections', () => {
  let server: Awaited<ReturnType<typeof startPostgres>> | undefined;
  let db: Db | undefined;
  afterAll(async () => {
    await db?.close();
    server?.stop();
  });

  it('with a pool of 4, a third push waits while reads are answered at once', async () => {
    server = await startPostgres(bin!);
    db = await openPostgres(server.url(), 4, 2);
    const held = gate();
    let started = 0;
    const pushes = [1, 2, 3].map(() =>
      db!.bulkTx(async (q) => {
        started++;
        await q.query('SELECT 1');
        await held.opened;
      }),
    );
    await tick();
    await tick();
    expect(started).toBe(2);
    // Both free connections serve reads while two pushes hold theirs and a third waits.
    const reads = await Promise.all([db.query<{ one: number }>('SELECT 1 AS one'), db.query<{ one: number }>('SELECT 1 AS one')]);
    expect(reads.map((r) => r[0]!.one)).toEqual([1, 1]);
    expect(started).toBe(2);
    held.open();
    await Promise.all(pushes);
    expect(started).toBe(3);
  });
});

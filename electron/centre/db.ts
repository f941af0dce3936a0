import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { PGlite } from '@electric-sql/pglite';
import PQueue from 'p-queue';
import pg from 'pg';

/** What a query can run on: the database or one transaction of it. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** The centre's PostgreSQL, embedded (PGlite) or a real server (node-postgres): the same SQL runs on both. */
export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs several statements (a migration file) in one go. */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  /**
   * A bulk write (a PC's push) in one transaction, behind every read: pushes wait their turn here, so a teacher's
   * page never queues behind a class's worth of them. On a server they take at most `poolSize − 2` connections; on
   * the embedded database (one connection) a waiting read goes ahead of every waiting push.
   */
  bulkTx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Priorities in the embedded database's one lane: reads and small writes first, pushes after. */
const FIRST = 1;
const LAST = 0;

/** The embedded PostgreSQL with its data in `dir` (or in memory when `dir` is omitted, for tests). */
export async function openPglite(dir?: string): Promise<Db> {
  if (dir) await mkdir(dir, { recursive: true });
  const db = await PGlite.create(dir);
  // PGlite runs one statement at a time on this thread; its own lock is first come, first served. This lane decides
  // the order instead (one operation at a time, a push only when no other request waits).
  const lane = new PQueue({ concurrency: 1 });
  const inLane = <T>(priority: number, fn: () => Promise<T>) => lane.add(fn, { priority }) as Promise<T>;
  const tx = <T>(fn: (q: Queryable) => Promise<T>) =>
    db.transaction((t) => fn({ query: async <R>(sql: string, params?: unknown[]) => (await t.query<R>(sql, params)).rows }));
  return {
    kind: 'pglite',
    query: <T>(sql: string, params?: unknown[]) => inLane(FIRST, async () => (await db.query<T>(sql, params)).rows),
    exec: (sql) => inLane(FIRST, async () => void (await db.exec(sql))),
    tx: (fn) => inLane(FIRST, () => tx(fn)),
    bulkTx: (fn) => inLane(LAST, () => tx(fn)),
    close: async () => {
      await lane.onIdle();
      await db.close();
    },
  };
}

/**
 * A real PostgreSQL server at `url` (postgres://user:pass@host:port/db), through a connection pool of `poolSize`;
 * pushes hold at most `pushConnections` of its connections at once (never the last two), so the others always serve
 * the teachers' pages. The default, one push for every two CPU cores of this machine (at least one), leaves cores to
 * the pages and to this process's own share of each push (JSON, zod): on 2 cores, one push at a time ingested 13,255
 * events/s with the dashboard's p95 at 84 ms during the push, 2 at once 13,878–14,782 with 185–562 ms, 6 at once
 * 23,781 with 338 ms (README, "For training centres").
 */
export async function openPostgres(
  url: string,
  poolSize = 8,
  pushConnections = Math.max(1, Math.floor(availableParallelism() / 2)),
): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // Fail at start, not on the first request, when the server cannot be reached.
  await pool.query('SELECT 1');
  const pushSlots = new PQueue({ concurrency: Math.max(1, Math.min(poolSize - 2, pushConnections)) });
  const tx = async <T>(fn: (q: Queryable) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const out = await fn({ query: async <R>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as R[] });
      await client.query('COMMIT');
      return out;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  };
  return {
    kind: 'postgres',
    query: async <T>(sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows as T[],
    exec: async (sql) => void (await pool.query(sql)),
    tx,
    bulkTx: (fn) => pushSlots.add(() => tx(fn)),
    close: async () => {
      await pushSlots.onIdle();
      await pool.end();
    },
  };
}

import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
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
  close(): Promise<void>;
}

/** The embedded PostgreSQL with its data in `dir` (or in memory when `dir` is omitted, for tests). */
export async function openPglite(dir?: string): Promise<Db> {
  if (dir) await mkdir(dir, { recursive: true });
  const db = await PGlite.create(dir);
  return {
    kind: 'pglite',
    query: async <T>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
    exec: async (sql) => void (await db.exec(sql)),
    tx: (fn) => db.transaction((t) => fn({ query: async <T>(sql: string, params?: unknown[]) => (await t.query<T>(sql, params)).rows })),
    close: () => db.close(),
  };
}

/** A real PostgreSQL server at `url` (postgres://user:pass@host:port/db), through a small connection pool. */
export async function openPostgres(url: string, poolSize = 8): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // Fail at start, not on the first request, when the server cannot be reached.
  await pool.query('SELECT 1');
  return {
    kind: 'postgres',
    query: async <T>(sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows as T[],
    exec: async (sql) => void (await pool.query(sql)),
    tx: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn({ query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[] });
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

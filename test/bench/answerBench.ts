/**
 * Durable answers, three contenders side by side at each history size: the app's real handler (practice:answer
 * through the composed app), SQLite as Anki keeps its revlog (better-sqlite3, WAL, synchronous=FULL, an indexed
 * revlog table, one INSERT per answer; opened after its history was written, as at the start of a study session) and a
 * bare append + fdatasync of the same bytes to a file kept open. Rounds
 * are interleaved and the order rotates each round, so machine noise and disk state hit every contender alike.
 */
import { closeSync, fdatasyncSync, openSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp, type SglApp } from '../../electron/main/app';
import { benchQuestionId } from './fixtures';
import { repoRoot } from '../support/repoRoot';

type Database = {
  pragma(s: string): unknown;
  exec(s: string): void;
  prepare(s: string): { run(...a: unknown[]): unknown };
  transaction<F extends (...a: never[]) => void>(f: F): F;
  close(): void;
};

/**
 * better-sqlite3 (a dev dependency for this bench only). npm skips its native build by default (install scripts are
 * not allowed), so the first bench run builds it once against the running Node's headers.
 */
export function loadSqlite(): new (file: string) => Database {
  const require = createRequire(import.meta.url);
  try {
    const D = require('better-sqlite3') as new (file: string) => Database;
    new D(':memory:').close();
    return D;
  } catch {
    const nodedir = join(dirname(process.execPath), '..');
    console.log('building better-sqlite3 for the bench (once, a few minutes)…');
    execFileSync('npm', ['rebuild', 'better-sqlite3', '--foreground-scripts'], {
      cwd: repoRoot,
      stdio: 'inherit',
      env: existsSync(join(nodedir, 'include', 'node', 'node.h')) ? { ...process.env, npm_config_nodedir: nodedir } : process.env,
    });
    return require('better-sqlite3') as new (file: string) => Database;
  }
}

export interface Contenders {
  app(): Promise<number>;
  sqlite(): number;
  fsync(): number;
  close(): Promise<void>;
  appInstance: SglApp;
}

/** The three contenders for one learner folder with `history` answers (the SQLite table gets as many rows). */
export async function contenders(
  Sqlite: new (file: string) => Database,
  dataDir: string,
  questionsDir: string,
  work: string,
  history: number,
): Promise<Contenders> {
  const app = await createApp({ learner: 'default', dataDir, questionsDir, now: () => Date.now(), log: () => {} });
  let k = 0;

  const file = join(work, `revlog-${history}.sqlite`);
  const openDb = () => {
    const db = new Sqlite(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(`CREATE TABLE IF NOT EXISTS revlog (
    id INTEGER PRIMARY KEY, cid TEXT NOT NULL, ease INTEGER NOT NULL, ivl INTEGER NOT NULL, lastIvl INTEGER NOT NULL,
    factor INTEGER NOT NULL, time INTEGER NOT NULL, type INTEGER NOT NULL, body TEXT NOT NULL)`);
    db.exec('CREATE INDEX IF NOT EXISTS ix_revlog_cid ON revlog (cid)');
    const insert = db.prepare(
      'INSERT INTO revlog (id, cid, ease, ivl, lastIvl, factor, time, type, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    return { db, insert };
  };
  const base = new Date(2025, 10, 1).getTime();
  const setup = openDb();
  setup.db.transaction(() => {
    for (let i = 0; i < history; i++) setup.insert.run(base + i, benchQuestionId(i), 3, 10, 5, 2500, 5000, 1, '{}');
  })();
  // Closed and opened again, as a learner's collection is between study sessions: the last close checkpoints the
  // WAL into the database and empties it, so at every size the measured inserts start as a session's do, with an
  // empty WAL that grows to its checkpoint size (about 4 MB), as the app's own session starts with no room ahead.
  // Kept open instead, the one big setup transaction would leave a WAL as large as the history (7 MB at 100k, 69 MB
  // at 1M, 0.1 MB at 1k) for later inserts to overwrite in place, never growing the file: a head start SQLite got
  // at 100k and 1M only, from how the bench filled it.
  setup.db.close();
  const { db, insert } = openDb();
  let sqliteId = Date.now() * 10;

  const fd = openSync(join(work, `bare-${history}.jsonl`), 'a');
  // The same bytes the app appends for one answer (a practice answer record line).
  const line = (id: string) =>
    `${JSON.stringify({ questionId: id, at: Date.now(), choice: ['A'], correct: false, score: 0, responseMs: 4000, mode: 'practice', guessed: false, type: 'single', grade: null })}\n`;

  return {
    appInstance: app,
    async app() {
      const t = performance.now();
      // Four answers in five right (the synthetic items' key is C), as a learner mostly answers: a right answer also
      // reads the learner's usual pace (the median of the last 201 right answers' times) for its grade.
      const choice = k % 5 === 0 ? ['A'] : ['C'];
      const responseMs = 3000 + ((k * 7919) % 20_000);
      const r = await app.dispatch('practice:answer', { questionId: benchQuestionId(k++), choice, responseMs });
      const dt = performance.now() - t;
      if (!r.ok) throw new Error(r.error.message);
      return dt;
    },
    sqlite() {
      const id = benchQuestionId(k);
      const t = performance.now();
      insert.run(sqliteId++, id, 3, 10, 5, 2500, 4000, 1, line(id));
      return performance.now() - t;
    },
    fsync() {
      const t = performance.now();
      writeSync(fd, line(benchQuestionId(k)));
      fdatasyncSync(fd);
      return performance.now() - t;
    },
    async close() {
      db.close();
      closeSync(fd);
      await app.dispose();
    },
  };
}

export type Series = { app: number[]; sqlite: number[]; fsync: number[] };

/** `rounds` interleaved rounds over every size; each round visits the sizes and contenders in a rotated order. */
export async function runAnswerRounds(all: Map<number, Contenders>, rounds: number, warmup = 20): Promise<Map<number, Series>> {
  const out = new Map<number, Series>();
  for (const n of all.keys()) out.set(n, { app: [], sqlite: [], fsync: [] });
  const sizes = [...all.keys()];
  const kinds = ['app', 'sqlite', 'fsync'] as const;
  for (let r = 0; r < warmup + rounds; r++) {
    for (let j = 0; j < sizes.length; j++) {
      const n = sizes[(r + j) % sizes.length]!;
      const c = all.get(n)!;
      for (let q = 0; q < kinds.length; q++) {
        const kind = kinds[(r + q) % kinds.length]!;
        const dt = kind === 'app' ? await c.app() : kind === 'sqlite' ? c.sqlite() : c.fsync();
        if (r >= warmup) out.get(n)![kind].push(dt);
      }
    }
  }
  return out;
}

/**
 * `npx tsx test/bench/centreIngestProfile.ts [--learners 500 --events 5000 --concurrency 6]`: where a push's time
 * goes on a real PostgreSQL server, without HTTP: the learners' histories pushed straight through `push()`, the time
 * of each statement summed by its first words, printed every 250,000 events (so the growth with the table shows).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { DAY } from '@core/srs/calendar';
import { SyncEvent } from '../../src/shared/centre/contract';
import { openPostgres, type Db, type Queryable } from '../../electron/centre/db';
import { migrate } from '../../electron/centre/migrate';
import { enrol, push } from '../../electron/centre/sync';
import { postgresBinDir, startPostgres } from '../support/centre/postgresServer';
import { HISTORY_START as START, learnerHistory } from './centreHistory';

const { values } = parseArgs({
  options: {
    learners: { type: 'string', default: '500' },
    events: { type: 'string', default: '5000' },
    concurrency: { type: 'string', default: '6' },
  },
});
const LEARNERS = Number(values.learners);
const EVENTS = Number(values.events);

const history = (learner: number) => learnerHistory(learner, EVENTS);

/** CPU seconds used so far by the server at `port` (its postmaster, the children it reaped, and its live backends). */
function serverCpu(port: number): number {
  const stat = (pid: string) =>
    readFileSync(`/proc/${pid}/stat`, 'utf8')
      .slice(readFileSync(`/proc/${pid}/stat`, 'utf8').lastIndexOf(')') + 2)
      .split(' ');
  const pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  const master = pids.find((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`\0-p\0${port}\0`);
    } catch {
      return false;
    }
  });
  if (!master) return NaN;
  let ticks = 0;
  const m = stat(master);
  ticks += Number(m[11]) + Number(m[12]) + Number(m[13]) + Number(m[14]);
  for (const pid of pids) {
    try {
      const f = stat(pid);
      if (f[1] === master) ticks += Number(f[11]) + Number(f[12]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks / 100;
}

const spent = new Map<string, number>();
const label = (sql: string) => sql.replace(/\s+/g, ' ').trim().slice(0, 48);
function timed(db: Db): Db {
  const wrap = (q: Queryable): Queryable => ({
    query: async <T>(sql: string, params?: unknown[]) => {
      const t = performance.now();
      try {
        return await q.query<T>(sql, params);
      } finally {
        spent.set(label(sql), (spent.get(label(sql)) ?? 0) + performance.now() - t);
      }
    },
  });
  return { ...db, query: wrap(db).query, tx: (fn) => db.tx((q) => fn(wrap(q))), bulkTx: (fn) => db.bulkTx((q) => fn(wrap(q))) };
}

const bin = postgresBinDir();
if (!bin) throw new Error('no PostgreSQL server');
const server = await startPostgres(bin);
try {
  const raw = await openPostgres(server.url(), Number(values.concurrency) + 2);
  await migrate(raw);
  const db = timed(raw);
  await db.query(`INSERT INTO centres (name, created_at) VALUES ('c', 0)`);
  await db.query(`INSERT INTO teachers (centre_id, username, display_name, password_hash, created_at) VALUES (1, 't', 't', 'x', 0)`);
  await db.query(`INSERT INTO classes (teacher_id, name, code, created_at) VALUES (1, 'c', 'CODE01', 0)`);
  const now = START + 366 * DAY;
  const today = new Date(now).toISOString().slice(0, 10);
  const learners: { token: string; id: number }[] = [];
  for (let i = 0; i < LEARNERS; i++) {
    const r = await enrol(raw, now, undefined, { code: 'CODE01', learnerName: `l${i}` });
    learners.push({ token: r.token, id: r.learnerId });
  }
  const port = Number(new URL(server.url()).port);
  const pg0 = serverCpu(port);
  const node0 = process.cpuUsage().user + process.cpuUsage().system;
  let total = 0;
  let parseMs = 0;
  let next = 250_000;
  const t0 = performance.now();
  let last = t0;
  const report = () => {
    const t = performance.now();
    const cpu = process.cpuUsage();
    console.log(
      `${total} events, ${Math.round(total / ((t - t0) / 1000))}/s overall, last slice ${Math.round(250_000 / ((t - last) / 1000))}/s; ` +
        `zod ${Math.round(parseMs)} ms; CPU µs per event: server ${(((serverCpu(port) - pg0) * 1e6) / total).toFixed(1)}, ` +
        `node ${((cpu.user + cpu.system - node0) / total).toFixed(1)}; load ${loadavg()[0]!.toFixed(1)}`,
    );
    last = t;
    for (const [k, v] of [...spent].sort((a, b) => b[1] - a[1])) console.log(`  ${Math.round(v).toString().padStart(8)} ms  ${k}`);
    spent.clear();
  };
  let cursor = 0;
  await Promise.all(
    Array.from({ length: Number(values.concurrency) }, async () => {
      while (cursor < learners.length) {
        const l = learners[cursor++]!;
        const events = history(l.id);
        for (let i = 0; i < events.length; i += 500) {
          const body = JSON.stringify({ learnerId: l.id, events: events.slice(i, i + 500) });
          const tp = performance.now();
          const parsed = SyncEvent.array().parse(JSON.parse(body).events);
          parseMs += performance.now() - tp;
          const machine = (
            await raw.query<{ machine_id: number }>('SELECT machine_id FROM machine_learners WHERE learner_id = $1', [l.id])
          )[0]!;
          const r = await push(db, now, today, { id: machine.machine_id }, l.id, parsed);
          total += r.accepted;
          if (total >= next) {
            next += 250_000;
            report();
          }
        }
      }
    }),
  );
  report();
  for (const r of await raw.query<{ relname: string; size: string }>(
    `SELECT relname, pg_size_pretty(pg_relation_size(oid)) AS size FROM pg_class WHERE relname LIKE 'events%' OR relname LIKE 'learner%' ORDER BY pg_relation_size(oid) DESC LIMIT 12`,
  ))
    console.log(`${r.relname}: ${r.size}`);
  await raw.close();
} finally {
  server.stop();
}

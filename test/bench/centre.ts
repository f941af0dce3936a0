/**
 * `npm run bench:centre [-- --machines 50 --learners 10 --events 5000 --teachers 5 --live 30 --max-minutes 40]`: a
 * bounded load test of the centre service on loopback. Simulated PCs enrol their learners and push each learner's
 * history in batches, then keep answering (small live batches) for `--live` seconds, while teachers keep loading the
 * class dashboard; run on the embedded PostgreSQL (PGlite) and on a real PostgreSQL server (when installed) side by
 * side. Prints progress every 10 s, ingest events/s, p95 push latency, p95 dashboard load in each phase, and the
 * dashboard queries' EXPLAIN ANALYZE plans. The history phase stops at `--max-minutes` (the table says so).
 * Not part of `npm test`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { DASHBOARD_SQL } from '../../electron/centre/dashboard';
import { openPglite, openPostgres, type Db } from '../../electron/centre/db';
import { migrate } from '../../electron/centre/migrate';
import { startCentre } from '../../electron/centre/server';
import type { SyncEventInput } from '../../src/shared/centre/contract';
import { MachineClient, TeacherClient } from '../support/centre/centreForTesting';
import { postgresBinDir, startPostgres } from '../support/centre/postgresServer';
import { HISTORY_START as START, learnerHistory } from './centreHistory';

const { values } = parseArgs({
  options: {
    machines: { type: 'string', default: '50' },
    learners: { type: 'string', default: '10' },
    events: { type: 'string', default: '5000' },
    teachers: { type: 'string', default: '5' },
    batch: { type: 'string', default: '500' },
    live: { type: 'string', default: '30' },
    'max-minutes': { type: 'string', default: '40' },
    pool: { type: 'string', default: '8' },
    'push-connections': { type: 'string' },
    think: { type: 'string', default: '1000' },
    'seed-learners': { type: 'string', default: '0' },
    only: { type: 'string' },
    'no-fsync': { type: 'boolean', default: false },
  },
});
const MACHINES = Number(values.machines);
const LEARNERS = Number(values.learners);
const EVENTS = Number(values.events);
const TEACHERS = Number(values.teachers);
const BATCH = Number(values.batch);
const LIVE_S = Number(values.live);
const MAX_MS = Number(values['max-minutes']) * 60_000;
const POOL = Number(values.pool);
const PUSH_CONNECTIONS = values['push-connections'] === undefined ? undefined : Number(values['push-connections']);
const THINK_MS = Number(values.think);
const SEED = Number(values['seed-learners']);
import { DAY } from '@core/srs/calendar';

const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]! : NaN;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A year of one learner's answers (centreHistory.ts); `EVENTS` of them by default. */
const history = (learner: number, n = EVENTS, from = START, span = 365 * DAY, salt = 0) => learnerHistory(learner, n, from, span, salt);

/**
 * `--seed-learners N`: N more learners in the class with a year's counters written straight into the tables the
 * dashboard reads (as their pushes would have left them: 5,000 answers over 40 chapters, a mock sitting each), so the
 * dashboard is measured at 5,000 learners without pushing 25 M events first. Their PC does not push.
 */
async function seedLearners(db: Db, classId: number, n: number) {
  await db.exec(`
    INSERT INTO machines (token_hash, label, created_at) VALUES ('seeded-${classId}', 'seeded', 0);
    INSERT INTO learners (class_id, name, personal_code_hash, consent_at, enrolled_at)
      SELECT ${classId}, '种子' || g, 'x', 0, 0 FROM generate_series(1, ${n}) g;
    INSERT INTO machine_learners (machine_id, learner_id, enrolled_at)
      SELECT (SELECT id FROM machines WHERE token_hash = 'seeded-${classId}'), id, 0 FROM learners
       WHERE class_id = ${classId} AND name LIKE '种子%';
    INSERT INTO learner_stats (learner_id, answers, correct, items, last_day, run_start)
      SELECT id, 5000, 3500, 1800, DATE '2026-03-01', DATE '2026-02-20' FROM learners WHERE class_id = ${classId} AND name LIKE '种子%';
    INSERT INTO learner_chapter_stats (learner_id, chapter, answers, correct)
      SELECT l.id, 'jc25-' || lpad(c::text, 2, '0'), 125, 60 + (l.id + c) % 60
        FROM learners l, generate_series(0, 39) c WHERE l.class_id = ${classId} AND l.name LIKE '种子%';
    INSERT INTO class_chapter_stats (class_id, chapter, shard, answers, correct)
      SELECT ${classId}, c.chapter, l.id % 16, sum(c.answers), sum(c.correct) FROM learner_chapter_stats c JOIN learners l ON l.id = c.learner_id
       WHERE l.class_id = ${classId} AND l.name LIKE '种子%' GROUP BY c.chapter, l.id % 16
    ON CONFLICT (class_id, chapter, shard) DO UPDATE SET answers = class_chapter_stats.answers + EXCLUDED.answers,
                                                  correct = class_chapter_stats.correct + EXCLUDED.correct;
    INSERT INTO events (learner_id, event_id, machine_id, kind, at, day, score, max_score, pass_line, payload, received_at)
      SELECT id, 'seeded-exam', (SELECT id FROM machines WHERE token_hash = 'seeded-${classId}'), 'exam', 0, DATE '2026-02-28',
             50 + id % 50, 100, 60, '{}', 0 FROM learners WHERE class_id = ${classId} AND name LIKE '种子%';
  `);
}

async function runOn(label: string, db: Db) {
  await migrate(db);
  const now = () => START + 366 * DAY;
  const centre = await startCentre({
    db,
    host: '127.0.0.1',
    port: 0,
    now,
    today: () => new Date(now()).toISOString().slice(0, 10),
    logAccess: () => {},
    log: (l) => console.error(l),
    attemptsPerMinute: 1e9,
    maxBody: 4 * 1024 * 1024,
  });
  const teacher = new TeacherClient(centre.url);
  await teacher.signup(`bench${Date.now()}`);
  const cls = await teacher.createClass('全区');
  // Enrol: each PC its learners (the first call makes the PC's token, the others add learners to it), 10 PCs at a time.
  const machines: { client: MachineClient; learners: number[] }[] = [];
  for (let m0 = 0; m0 < MACHINES; m0 += 10) {
    const group = await Promise.all(
      Array.from({ length: Math.min(10, MACHINES - m0) }, async (_, k) => {
        const client = new MachineClient(centre.url);
        const learners: number[] = [];
        for (let l = 0; l < LEARNERS; l++) {
          const r = await client.enrol(cls.code, `学员${m0 + k}-${l}`);
          if (r.status !== 200) throw new Error(`enrol ${r.status} ${JSON.stringify(r.body)}`);
          learners.push(r.body['learnerId'] as number);
        }
        return { client, learners };
      }),
    );
    machines.push(...group);
  }

  if (SEED) await seedLearners(db, cls.id, SEED);

  let phase: 'history' | 'live' | 'over' = 'history';
  const pushMs: number[] = [];
  const livePushMs: number[] = [];
  const retries: string[] = [];
  const dashMs = { history: [] as number[], live: [] as number[] };
  const teachersLoop = Array.from({ length: TEACHERS }, async () => {
    while (phase !== 'over') {
      const during = phase;
      const t = performance.now();
      try {
        await teacher.json(`/classes/${cls.id}/learners.json`);
        await teacher.json(`/classes/${cls.id}/chapters.json`);
        dashMs[during].push(performance.now() - t);
      } catch (e) {
        retries.push(`dashboard: ${String(e)}`);
      }
      // A teacher looks at the page before loading it again (--think 0: reload without pause, a stress test).
      await sleep(THINK_MS * (0.5 + Math.random()));
    }
  });
  /** One push as the desktop client sends it: a dropped connection is retried (pushes are idempotent), and counted. */
  const send = async (client: MachineClient, learnerId: number, events: SyncEventInput[], into: number[]) => {
    const t = performance.now();
    const body = { learnerId, events };
    const r = await client.call('push', body).catch(async (e: unknown) => {
      retries.push(String((e as { cause?: { code?: string } }).cause?.code ?? e));
      return client.call('push', body);
    });
    into.push(performance.now() - t);
    if (r.status !== 200) throw new Error(`push ${r.status} ${JSON.stringify(r.body)}`);
    return r.body['accepted'] as number;
  };
  const lag = monitorEventLoopDelay({ resolution: 20 });
  lag.enable();
  const t0 = performance.now();
  let total = 0;
  let capped = false;
  const loads: number[] = [];
  const progress = setInterval(() => {
    const s = (performance.now() - t0) / 1000;
    loads.push(loadavg()[0]!);
    console.error(`  ${label}: ${phase}, ${total.toLocaleString('en')} events in ${Math.round(s)} s (${Math.round(total / s)}/s)`);
  }, 10_000);
  await Promise.all(
    machines.map(async ({ client, learners }) => {
      for (const learnerId of learners) {
        const events = history(learnerId);
        for (let i = 0; i < events.length; i += BATCH) {
          if (performance.now() - t0 > MAX_MS) return void (capped = true);
          const accepted = await send(client, learnerId, events.slice(i, i + BATCH), pushMs);
          total += accepted; // not `total += await …`: that adds to the total read before the wait
        }
      }
    }),
  );
  const ingestS = (performance.now() - t0) / 1000;
  lag.disable();
  const lagP95 = Math.round(lag.percentile(95) / 1e6);
  const historyEvents = total;
  // Keep answering: every PC sends a few new answers of one of its learners about every 2 s (a lab in full swing:
  // 50 PCs give ~25 small pushes a second), while the teachers keep loading the dashboard.
  phase = 'live';
  const liveEnd = performance.now() + LIVE_S * 1000;
  let round = 0;
  await Promise.all(
    machines.map(async ({ client, learners }, m) => {
      await sleep((m / machines.length) * 2000);
      for (let k = 0; performance.now() < liveEnd; k++) {
        const learnerId = learners[k % learners.length]!;
        const from = START + 366 * DAY + (round++ % 1000) * 60_000;
        const accepted = await send(client, learnerId, history(learnerId, 1 + (k % 5), from, 60_000, 1 + k), livePushMs);
        total += accepted;
        await sleep(2000);
      }
    }),
  );
  clearInterval(progress);
  phase = 'over';
  await Promise.all(teachersLoop);
  // The dashboard once the whole history is in (what a teacher sees afterwards).
  const after: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await teacher.json(`/classes/${cls.id}/learners.json`);
    await teacher.json(`/classes/${cls.id}/chapters.json`);
    after.push(performance.now() - t);
  }
  await db.exec('ANALYZE');
  const plans: Record<string, string> = {};
  for (const [name, sql] of Object.entries(DASHBOARD_SQL)) {
    // The plan-day query also takes the centre's today.
    const params = sql.includes('$2') ? [cls.id, new Date(now()).toISOString().slice(0, 10)] : [cls.id];
    const rows = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, COSTS OFF) ${sql}`, params);
    plans[name] = rows.map((r) => r['QUERY PLAN']).join('\n');
  }
  await centre.close();
  return {
    label,
    events: historyEvents,
    capped,
    learners: MACHINES * LEARNERS + SEED,
    ingestPerS: Math.round(historyEvents / ingestS),
    ingestS: Math.round(ingestS),
    pushP95: Math.round(p95(pushMs)),
    livePushes: livePushMs.length,
    livePushP95: Math.round(p95(livePushMs)),
    retries: retries.length,
    dashP95Loading: Math.round(p95(dashMs.history)),
    dashLoads: dashMs.history.length,
    dashP95Live: Math.round(p95(dashMs.live)),
    dashP95After: Math.round(p95(after)),
    lagP95,
    load: loads.length ? (loads.reduce((a, b) => a + b, 0) / loads.length).toFixed(1) : '-',
    plans,
  };
}

const results = [];
if (values.only !== 'postgres') {
  const dir = mkdtempSync(join(tmpdir(), 'sgl-bench-pglite-'));
  const db = await openPglite(dir);
  results.push(await runOn('PGlite (embedded, on disk)', db));
  await db.close();
  rmSync(dir, { recursive: true, force: true });
}
const bin = postgresBinDir();
if (values.only !== 'pglite') {
  if (!bin) console.log('PostgreSQL server not installed (apt-get install postgresql): the real-server column is skipped.');
  else {
    // PostgreSQL's default flushing (fsync on, synchronous_commit on), as a centre's server runs; --no-fsync for the old figures.
    const server = await startPostgres(bin, { durable: !values['no-fsync'] });
    // Ctrl-C stops and removes the throwaway server too.
    process.once('SIGINT', () => {
      server.stop();
      process.exit(130);
    });
    try {
      const db = await openPostgres(server.url(), POOL, PUSH_CONNECTIONS);
      results.push(await runOn('PostgreSQL 15 server', db));
      await db.close();
    } finally {
      server.stop();
    }
  }
}
console.log(
  `\n${MACHINES} PCs × ${LEARNERS} learners × ${EVENTS} answers, batches of ${BATCH}, then ${LIVE_S} s of live answering; ` +
    `${TEACHERS} teachers loading the dashboard every ${THINK_MS / 1000} s or so; ${new Date().toISOString().slice(0, 10)}`,
);
console.log(
  '| storage | learners | history events | ingest events/s (s) | p95 push (ms) | p95 dashboard while pushing history (ms, loads) | p95 live push (ms, pushes) | p95 dashboard while answering (ms) | p95 dashboard after (ms) | dropped, retried | event-loop delay p95 while pushing history (ms) | load average during |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of results)
  console.log(
    `| ${r.label} | ${r.learners} | ${r.events}${r.capped ? ' (stopped at --max-minutes)' : ''} | ${r.ingestPerS} (${r.ingestS}) | ${r.pushP95} | ` +
      `${r.dashP95Loading} (${r.dashLoads}) | ${r.livePushP95} (${r.livePushes}) | ${r.dashP95Live} | ${r.dashP95After} | ${r.retries} | ${r.lagP95} | ${r.load} |`,
  );
for (const r of results) for (const [name, plan] of Object.entries(r.plans)) console.log(`\n-- ${r.label}: ${name}\n${plan}`);

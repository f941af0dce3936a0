/**
 * `npm run bench:centre [-- --machines 50 --learners 10 --events 1000 --teachers 5]`: a bounded load test of the
 * centre service on loopback. Simulated PCs enrol their learners and push each learner's history in batches while
 * teachers keep loading the class dashboard; run on the embedded PostgreSQL (PGlite) and on a real PostgreSQL server
 * (when installed) side by side. Prints ingest events/s, p95 push latency, p95 dashboard load, and the dashboard
 * queries' EXPLAIN plans. Not part of `npm test`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { DASHBOARD_SQL } from '../../electron/centre/dashboard';
import { openPglite, openPostgres, type Db } from '../../electron/centre/db';
import { migrate } from '../../electron/centre/migrate';
import { startCentre } from '../../electron/centre/server';
import type { SyncEventInput } from '../../src/shared/centre/contract';
import { MachineClient, TeacherClient } from '../support/centre/centreForTesting';
import { postgresBinDir, startPostgres } from '../support/centre/postgresServer';

const { values } = parseArgs({
  options: {
    machines: { type: 'string', default: '50' },
    learners: { type: 'string', default: '10' },
    events: { type: 'string', default: '1000' },
    teachers: { type: 'string', default: '5' },
    batch: { type: 'string', default: '500' },
    only: { type: 'string' },
  },
});
const MACHINES = Number(values.machines);
const LEARNERS = Number(values.learners);
const EVENTS = Number(values.events);
const TEACHERS = Number(values.teachers);
const BATCH = Number(values.batch);
const DAY = 86_400_000;
const START = Date.UTC(2025, 2, 1);

const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]! : NaN;
};

/** A year of one learner's answers: `EVENTS` answers over 365 days, 2,000 items in 40 chapters, ~70 % right. */
function history(learner: number): SyncEventInput[] {
  const out: SyncEventInput[] = [];
  let seed = learner * 7919 + 1;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < EVENTS; i++) {
    const at = START + Math.floor((i / EVENTS) * 365 * DAY) + Math.floor(rnd() * 3_600_000);
    const q = Math.floor(rnd() * 2000);
    const correct = rnd() < 0.7;
    const questionId = `jc25-${String(q % 40).padStart(2, '0')}-${q}`;
    out.push({
      id: `${questionId}|${at}|practice|A`,
      kind: 'answer',
      at,
      day: new Date(at).toISOString().slice(0, 10),
      questionId,
      chapter: `jc25-${String(q % 40).padStart(2, '0')}`,
      correct,
      payload: {
        questionId,
        at,
        choice: ['A'],
        correct,
        score: correct ? 1 : 0,
        responseMs: 20_000,
        mode: 'practice',
        guessed: false,
        grade: null,
      },
    });
  }
  return out;
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
  // Enrol: each PC its learners (the first call makes the PC's token, the others add learners to it).
  const machines: { client: MachineClient; learners: number[] }[] = [];
  for (let m = 0; m < MACHINES; m++) {
    const client = new MachineClient(centre.url);
    const learners: number[] = [];
    for (let l = 0; l < LEARNERS; l++) {
      const r = await client.enrol(cls.code, `学员${m}-${l}`);
      if (r.status !== 200) throw new Error(`enrol ${r.status} ${JSON.stringify(r.body)}`);
      learners.push(r.body['learnerId'] as number);
    }
    machines.push({ client, learners });
  }

  const pushMs: number[] = [];
  const retries: string[] = [];
  const dashMs: number[] = [];
  let done = false;
  const teachersLoop = Array.from({ length: TEACHERS }, async () => {
    while (!done) {
      const t = performance.now();
      try {
        await teacher.json(`/classes/${cls.id}/learners.json`);
        await teacher.json(`/classes/${cls.id}/chapters.json`);
        dashMs.push(performance.now() - t);
      } catch (e) {
        retries.push(`dashboard: ${String(e)}`);
      }
    }
  });
  const t0 = performance.now();
  let total = 0;
  await Promise.all(
    machines.map(async ({ client, learners }) => {
      for (const learnerId of learners) {
        const events = history(learnerId);
        for (let i = 0; i < events.length; i += BATCH) {
          const t = performance.now();
          const body = { learnerId, events: events.slice(i, i + BATCH) };
          // A dropped connection is retried, as the desktop client does (pushes are idempotent); counted.
          const r = await client.call('push', body).catch(async (e: unknown) => {
            retries.push(String((e as { cause?: { code?: string } }).cause?.code ?? e));
            return client.call('push', body);
          });
          pushMs.push(performance.now() - t);
          if (r.status !== 200) throw new Error(`push ${r.status} ${JSON.stringify(r.body)}`);
          total += r.body['accepted'] as number;
        }
      }
    }),
  );
  const ingestS = (performance.now() - t0) / 1000;
  done = true;
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
    const params = [cls.id];
    const rows = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, params);
    plans[name] = rows.map((r) => r['QUERY PLAN']).join('\n');
  }
  await centre.close();
  return {
    label,
    events: total,
    learners: MACHINES * LEARNERS,
    ingestPerS: Math.round(total / ingestS),
    pushP95: Math.round(p95(pushMs)),
    retries: retries.length,
    dashP95Loading: Math.round(p95(dashMs)),
    dashP95After: Math.round(p95(after)),
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
    const server = await startPostgres(bin);
    try {
      const db = await openPostgres(server.url(), 8);
      results.push(await runOn('PostgreSQL 15 server', db));
      await db.close();
    } finally {
      server.stop();
    }
  }
}
console.log(
  `\n${MACHINES} PCs × ${LEARNERS} learners × ${EVENTS} answers, batches of ${BATCH}, ${TEACHERS} teachers loading the dashboard`,
);
console.log(
  '| storage | events | ingest events/s | p95 push (ms) | p95 dashboard while ingesting (ms) | p95 dashboard after (ms) | dropped, retried |',
);
console.log('|---|---|---|---|---|---|---|');
for (const r of results)
  console.log(`| ${r.label} | ${r.events} | ${r.ingestPerS} | ${r.pushP95} | ${r.dashP95Loading} | ${r.dashP95After} | ${r.retries} |`);
for (const r of results) for (const [name, plan] of Object.entries(r.plans)) console.log(`\n-- ${r.label}: ${name}\n${plan}`);

/**
 * The plan-day query of the teacher's dashboard on a real PostgreSQL server (a one-off probe:
 * `tsx test/bench/planDaysProbe.ts`): two classes of 500 learners, each with a year of history (1,000 answers and
 * a plan day every day, kept two days in three), written straight in SQL; prints its time and EXPLAIN ANALYZE plan.
 */
import { performance } from 'node:perf_hooks';
import { DASHBOARD_SQL } from '../../electron/centre/dashboard';
import { openPostgres } from '../../electron/centre/db';
import { migrate } from '../../electron/centre/migrate';
import { postgresBinDir, startPostgres } from '../support/centre/postgresServer';

const bin = postgresBinDir();
if (!bin) throw new Error('PostgreSQL is not installed (see the README: Tests)');
const server = await startPostgres(bin);
const db = await openPostgres(server.url());
try {
  await migrate(db);
  await db.exec(`INSERT INTO centres (name, created_at) VALUES ('c', 0);
    INSERT INTO teachers (centre_id, username, display_name, password_hash, created_at) VALUES (1, 't', 't', 'x', 0);
    INSERT INTO classes (teacher_id, name, code, created_at) VALUES (1, 'a', 'AAAAAA', 0), (1, 'b', 'BBBBBB', 0);
    INSERT INTO machines (token_hash, created_at) VALUES ('m', 0);
    INSERT INTO learners (class_id, name, personal_code_hash, consent_at, enrolled_at)
      SELECT 1 + (i % 2), 'l' || i, 'h', 0, 0 FROM generate_series(1, 1000) i;
    INSERT INTO learner_stats (learner_id) SELECT id FROM learners;`);
  // A year each: 1,000 answers and the plan days (open every day, kept two days in three).
  await db.exec(`INSERT INTO events (learner_id, event_id, machine_id, kind, at, day, question_id, correct, payload, received_at)
    SELECT l, 'q' || i, 1, 'answer', i, date '2026-01-01' + (i % 365), 'q' || i, true, '{}', 0
      FROM generate_series(1, 1000) l, generate_series(1, 1000) i`);
  await db.exec(`INSERT INTO events (learner_id, event_id, machine_id, kind, at, day, payload, received_at)
    SELECT l, 'plan|' || to_char(date '2025-12-31' + d, 'YYYY-MM-DD') || '|' || s, 1, 'plan', d, date '2025-12-31' + d, '{}', 0
      FROM generate_series(1, 1000) l, generate_series(1, 365) d, unnest(ARRAY['open', 'kept']) s
     WHERE s = 'open' OR (l + d) % 3 <> 0`);
  await db.exec('ANALYZE');
  const [count] = await db.query<{ n: string }>('SELECT count(*)::text AS n FROM events');
  console.log(`events: ${count?.n}`);
  const sql = DASHBOARD_SQL.planDays;
  for (let i = 0; i < 3; i++) await db.query(sql, [1, '2026-12-31']);
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await db.query(sql, [1, '2026-12-31']);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`planDays over 500 learners: median ${times[10]!.toFixed(1)} ms, p95 ${times[18]!.toFixed(1)} ms`);
  const rows = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, COSTS OFF) ${sql}`, [1, '2026-12-31']);
  console.log(rows.map((r) => r['QUERY PLAN']).join('\n'));
} finally {
  await db.close();
  server.stop();
}

import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SyncEvent, type SyncEventInput } from '@shared/centre/contract';
import { chapterTable } from './dashboard';
import { openPglite, type Db } from './db';
import { migrate, MIGRATIONS_DIR } from './migrate';
import { sha256 } from './secrets';
import { disconnect, enrol, push } from './sync';
import { createAssignment, createClass, signup } from './teachers';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 10, 4);
const TODAY = '2026-03-10';

/** A small seeded generator, so the mix of events is the same on every run. */
function rng(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/**
 * A mixed batch: answers over 4 chapters (some without a chapter or a question id), a case mark, a mock sitting of a
 * subject, today's plan seen or kept (no study day), days spread over three weeks and one day ahead of the centre's (a PC whose clock runs fast).
 */
function batch(seed: number, n: number): SyncEvent[] {
  const rnd = rng(seed);
  const out: SyncEventInput[] = [];
  for (let i = 0; i < n; i++) {
    const at = NOW - Math.floor(rnd() * 21) * DAY + (rnd() < 0.05 ? 3 * DAY : 0);
    const day = new Date(at).toISOString().slice(0, 10);
    const r = rnd();
    const q = Math.floor(rnd() * 30);
    if (r < 0.03) out.push({ id: `plan|${day}|${rnd() < 0.5 ? 'open' : 'kept'}`, kind: 'plan', at, day, payload: { day } });
    else if (r < 0.05)
      out.push({
        id: `exam-${seed}-${i}`,
        kind: 'exam',
        at,
        day,
        score: 70,
        passLine: 60,
        payload: { subject: rnd() < 0.5 ? 'jc' : 'fg' },
      });
    else if (r < 0.1) out.push({ id: `case-${seed}-${i}`, kind: 'case', at, day, score: 12, maxScore: 20, payload: {} });
    else
      out.push({
        // event ids repeat across seeds (q and at collide), so batches overlap as a second PC's would
        id: `q${q}|${at}`,
        kind: 'answer',
        at,
        day,
        questionId: rnd() < 0.05 ? null : `q${q}`,
        chapter: rnd() < 0.05 ? (rnd() < 0.5 ? null : '') : `ch${q % 4}`,
        correct: rnd() < 0.7,
        payload: { q },
      });
  }
  return SyncEvent.array().parse(out);
}

/** Every counter the dashboard reads, recounted from the events themselves, next to the counter. */
async function mismatches(db: Db): Promise<string[]> {
  const found: string[] = [];
  const check = async (name: string, counted: string, recounted: string) => {
    const rows = await db.query<{ side: string; row: string }>(
      `(SELECT 'counter' AS side, x::text AS row FROM (${counted}) x EXCEPT ALL SELECT 'counter', y::text FROM (${recounted}) y)
       UNION ALL
       (SELECT 'recount', y::text FROM (${recounted}) y EXCEPT ALL SELECT 'recount', x::text FROM (${counted}) x)`,
    );
    for (const r of rows) found.push(`${name}: only in ${r.side} ${r.row}`);
  };
  const answers = `SELECT * FROM events WHERE kind = 'answer'`;
  await check(
    'learner_stats answers/correct/items',
    'SELECT learner_id, answers, correct, items FROM learner_stats',
    `SELECT l.id, count(a.seq)::int, (count(a.seq) FILTER (WHERE a.correct))::int,
            (count(DISTINCT a.question_id) FILTER (WHERE a.question_id <> ''))::int
       FROM learners l LEFT JOIN (${answers}) a ON a.learner_id = l.id GROUP BY l.id`,
  );
  const days = `SELECT DISTINCT learner_id, day FROM events WHERE kind <> 'plan' AND day <= DATE '${TODAY}'`;
  await check(
    'learner_stats latest run of days',
    'SELECT learner_id, last_day, run_start FROM learner_stats WHERE last_day IS NOT NULL',
    `SELECT d.learner_id, max(d.day), max(d.day) FILTER (WHERE NOT EXISTS (
              SELECT 1 FROM (${days}) p WHERE p.learner_id = d.learner_id AND p.day = d.day - 1))
       FROM (${days}) d GROUP BY d.learner_id`,
  );
  await check(
    'learner_days',
    'SELECT learner_id, day FROM learner_days',
    "SELECT DISTINCT learner_id, day FROM events WHERE kind <> 'plan'",
  );
  await check(
    'learner_items',
    'SELECT learner_id, question_id FROM learner_items',
    `SELECT DISTINCT learner_id, question_id FROM (${answers}) a WHERE question_id <> ''`,
  );
  await check(
    'learner_chapter_stats',
    'SELECT learner_id, chapter, answers, correct FROM learner_chapter_stats',
    `SELECT learner_id, chapter, count(*)::int, (count(*) FILTER (WHERE correct))::int FROM (${answers}) a
      WHERE chapter <> '' GROUP BY learner_id, chapter`,
  );
  await check(
    'class_chapter_stats',
    'SELECT class_id, chapter, sum(answers)::int, sum(correct)::int FROM class_chapter_stats GROUP BY class_id, chapter HAVING sum(answers) > 0',
    `SELECT l.class_id, a.chapter, count(*)::int, (count(*) FILTER (WHERE a.correct))::int
       FROM (${answers}) a JOIN learners l ON l.id = a.learner_id WHERE a.chapter <> '' GROUP BY l.class_id, a.chapter`,
  );
  await check(
    'class_chapter_stats shards',
    'SELECT class_id, chapter, shard, answers FROM class_chapter_stats WHERE answers <> 0',
    `SELECT l.class_id, a.chapter, (l.id % 16)::smallint, count(*)::int
       FROM (${answers}) a JOIN learners l ON l.id = a.learner_id WHERE a.chapter <> '' GROUP BY 1, 2, 3`,
  );
  await check(
    'assignment_done',
    'SELECT assignment_id, learner_id FROM assignment_done',
    `SELECT DISTINCT a.id, l.id FROM assignments a JOIN learners l ON l.class_id = a.class_id JOIN events e ON e.learner_id = l.id
      WHERE e.at >= a.created_at AND ((a.kind = 'practice' AND e.kind = 'answer' AND e.chapter = a.target)
                                   OR (a.kind = 'mock' AND e.kind = 'exam' AND e.payload->>'subject' = a.target))`,
  );
  return found;
}

let db: Db | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

async function centreWithClasses(d: Db) {
  await migrate(d);
  const teacher = await signup(d, NOW, { username: 'counter', password: 'correct horse 1', displayName: '老师' });
  const classes = [await createClass(d, NOW, teacher.id, '一班'), await createClass(d, NOW, teacher.id, '二班')];
  return classes;
}

describe('the dashboard counters equal a recount of the events', () => {
  it('after pushes, replays, overlapping pushes from two PCs, assignments and a deleted learner', async () => {
    db = await openPglite();
    const [one, two] = await centreWithClasses(db);
    await createAssignment(db, NOW - 30 * DAY, one!.id, { kind: 'practice', title: '第1章', target: 'ch1', dueDay: TODAY });
    await createAssignment(db, NOW - 30 * DAY, one!.id, { kind: 'mock', title: '模拟', target: 'jc', dueDay: TODAY });
    // set after most answers were made: only the later ones complete it
    await createAssignment(db, NOW - 3 * DAY, two!.id, { kind: 'practice', title: '第2章', target: 'ch2', dueDay: TODAY });
    const learners: { id: number; lab: string; home: string }[] = [];
    for (let i = 0; i < 20; i++) {
      const cls = i % 3 === 0 ? two! : one!;
      const lab = await enrol(db, NOW, undefined, { code: cls.code, learnerName: `学员${i}` });
      const home = await enrol(db, NOW, undefined, { code: cls.code, learnerName: `学员${i}`, personalCode: lab.personalCode });
      learners.push({ id: lab.learnerId, lab: lab.token, home: home.token });
    }
    const machineOf = async (token: string) => {
      const [m] = await db!.query<{ id: number }>('SELECT id FROM machines WHERE token_hash = $1', [sha256(token)]);
      return m!;
    };
    let accepted = 0;
    let sent = 0;
    for (const [k, l] of learners.entries()) {
      const lab = await machineOf(l.lab);
      const home = await machineOf(l.home);
      const a = batch(k * 2 + 1, 60);
      const b = batch(k * 2 + 2, 60);
      // the two PCs at once, with the lab's batch sent twice (a retry after a dropped answer)
      const results = await Promise.all([
        push(db, NOW, TODAY, lab, l.id, a),
        push(db, NOW, TODAY, home, l.id, [...b, ...a.slice(0, 20)]),
        push(db, NOW, TODAY, lab, l.id, a),
      ]);
      accepted += results.reduce((n, r) => n + r.accepted, 0);
      sent += new Set([...a, ...b].map((e) => e.id)).size;
    }
    // each distinct event id went in once, whatever the order and the repeats
    const [{ n } = { n: -1 }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM events');
    expect(accepted).toBe(n);
    expect(n).toBe(sent);
    expect(await mismatches(db)).toEqual([]);

    const before = await chapterTable(db, one!.id);
    // a whole replay of every batch moves nothing
    for (const [k, l] of learners.entries()) {
      const r = await push(db, NOW, TODAY, await machineOf(l.lab), l.id, [...batch(k * 2 + 1, 60), ...batch(k * 2 + 2, 60)]);
      expect(r.accepted).toBe(0);
    }
    expect(await chapterTable(db, one!.id)).toEqual(before);
    expect(await mismatches(db)).toEqual([]);

    // 断开并删除: the learner's answers leave the class's counters with them
    const gone = learners[1]!;
    await disconnect(db, await machineOf(gone.lab), gone.id, true);
    expect(await chapterTable(db, one!.id)).not.toEqual(before);
    expect(await mismatches(db)).toEqual([]);
    // the heat map is exactly the recount the old query made from the learners' own counters
    expect(await chapterTable(db, one!.id)).toEqual(
      (
        await db.query<{ chapter: string; answers: number; correct: number }>(
          `SELECT c.chapter, sum(c.answers)::int AS answers, sum(c.correct)::int AS correct
             FROM learner_chapter_stats c JOIN learners l ON l.id = c.learner_id WHERE l.class_id = $1 GROUP BY c.chapter ORDER BY c.chapter`,
          [one!.id],
        )
      ).map((r) => ({ chapter: r.chapter, answers: r.answers, accuracy: r.correct / r.answers })),
    );
  });

  it('a chapter answered only by a learner who is then deleted leaves the heat map', async () => {
    db = await openPglite();
    const [one] = await centreWithClasses(db);
    const a = await enrol(db, NOW, undefined, { code: one!.code, learnerName: '甲' });
    const b = await enrol(db, NOW, undefined, { code: one!.code, learnerName: '乙' });
    const [ma] = await db.query<{ machine_id: number }>('SELECT machine_id FROM machine_learners WHERE learner_id = $1', [a.learnerId]);
    const [mb] = await db.query<{ machine_id: number }>('SELECT machine_id FROM machine_learners WHERE learner_id = $1', [b.learnerId]);
    const answer = (q: string, chapter: string, correct: boolean): SyncEventInput => ({
      id: q,
      kind: 'answer',
      at: NOW,
      day: TODAY,
      questionId: q,
      chapter,
      correct,
      payload: {},
    });
    await push(
      db,
      NOW,
      TODAY,
      { id: ma!.machine_id },
      a.learnerId,
      SyncEvent.array().parse([answer('q1', 'ch1', true), answer('q2', 'ch9', false)]),
    );
    await push(db, NOW, TODAY, { id: mb!.machine_id }, b.learnerId, SyncEvent.array().parse([answer('q1', 'ch1', false)]));
    expect(await chapterTable(db, one!.id)).toEqual([
      { chapter: 'ch1', answers: 2, accuracy: 0.5 },
      { chapter: 'ch9', answers: 1, accuracy: 0 },
    ]);
    await disconnect(db, { id: ma!.machine_id }, a.learnerId, true);
    expect(await chapterTable(db, one!.id)).toEqual([{ chapter: 'ch1', answers: 1, accuracy: 0 }]);
    expect(await mismatches(db)).toEqual([]);
  });

  it('migration 006 fills the class counters from the learners’ counters a centre already has', async () => {
    db = await openPglite();
    const older = mkdtempSync(join(tmpdir(), 'sgl-migrations-'));
    try {
      for (const f of readdirSync(MIGRATIONS_DIR)) if (/^00[1-5]_/.test(f)) copyFileSync(join(MIGRATIONS_DIR, f), join(older, f));
      await migrate(db, older);
      const teacher = await signup(db, NOW, { username: 'old', password: 'correct horse 1', displayName: '老师' });
      const cls = await createClass(db, NOW, teacher.id, '一班');
      const ids: number[] = [];
      for (const name of ['甲', '乙', '丙']) ids.push((await enrol(db, NOW, undefined, { code: cls.code, learnerName: name })).learnerId);
      await db.query(
        `INSERT INTO learner_chapter_stats (learner_id, chapter, answers, correct)
         SELECT id, 'ch' || c, 10 + id + c, c FROM learners, generate_series(1, 3) c`,
      );
      expect(await migrate(db)).toContain(6);
      const rows = await chapterTable(db, cls.id);
      const sum = (c: number) => ids.reduce((n, id) => n + 10 + id + c, 0);
      expect(rows).toEqual([1, 2, 3].map((c) => ({ chapter: `ch${c}`, answers: sum(c), accuracy: (3 * c) / sum(c) })));
    } finally {
      rmSync(older, { recursive: true, force: true });
    }
  });
});

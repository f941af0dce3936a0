import type { Assignment, EnrolResult, SyncEvent } from '@shared/centre/contract';
import { CentreError, M } from './errors';
import type { Db, Queryable } from './db';
import { newCode, newToken, sha256 } from './secrets';
import { listAssignments } from './teachers';
import { bankOfClass, listBanks } from './banks';

export interface Machine {
  id: number;
}

/**
 * Enrols a learner into the class of `code` from a machine. A new machine (no `token`) gets a token; a machine that
 * already has one adds the learner to it. A name already in the class joins only with that learner's 个人码, so
 * nobody reads another learner's records by typing their name.
 */
export async function enrol(
  db: Db,
  now: number,
  token: string | undefined,
  b: { code: string; learnerName: string; personalCode?: string | undefined; machineLabel?: string | undefined },
): Promise<EnrolResult> {
  return db.tx(async (q) => {
    const [cls] = await q.query<{ id: number; name: string }>('SELECT id, name FROM classes WHERE code = $1', [b.code]);
    if (!cls) throw new CentreError(404, 'UNKNOWN_CODE', M.unknownCode);
    let machine = token ? await machineOfToken(q, token) : null;
    if (token && !machine) throw new CentreError(401, 'BAD_TOKEN', M.badToken);
    const [known] = await q.query<{ id: number; personal_code_hash: string }>(
      'SELECT id, personal_code_hash FROM learners WHERE class_id = $1 AND name = $2',
      [cls.id, b.learnerName],
    );
    let learnerId: number;
    let personalCode: string;
    if (known) {
      if (!b.personalCode) throw new CentreError(409, 'NEEDS_PERSONAL_CODE', M.needPersonalCode);
      if (sha256(b.personalCode) !== known.personal_code_hash) throw new CentreError(403, 'WRONG_PERSONAL_CODE', M.wrongPersonalCode);
      learnerId = known.id;
      personalCode = b.personalCode;
    } else {
      personalCode = newCode(8);
      const [row] = await q.query<{ id: number }>(
        'INSERT INTO learners (class_id, name, personal_code_hash, consent_at, enrolled_at) VALUES ($1, $2, $3, $4, $4) RETURNING id',
        [cls.id, b.learnerName, sha256(personalCode), now],
      );
      learnerId = row!.id;
      await q.query('INSERT INTO learner_stats (learner_id) VALUES ($1)', [learnerId]);
    }
    let issued = token ?? '';
    if (!machine) {
      issued = newToken();
      const [row] = await q.query<{ id: number }>('INSERT INTO machines (token_hash, label, created_at) VALUES ($1, $2, $3) RETURNING id', [
        sha256(issued),
        b.machineLabel ?? null,
        now,
      ]);
      machine = { id: row!.id };
    }
    await q.query('INSERT INTO machine_learners (machine_id, learner_id, enrolled_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
      machine.id,
      learnerId,
      now,
    ]);
    return { token: issued, learnerId, personalCode, className: cls.name, existing: !!known };
  });
}

async function machineOfToken(q: Queryable, token: string): Promise<Machine | null> {
  const [row] = await q.query<{ id: number }>('SELECT id FROM machines WHERE token_hash = $1 AND revoked_at IS NULL', [sha256(token)]);
  return row ?? null;
}

/** The machine a bearer token belongs to; 401 for an unknown or revoked token. */
export async function authMachine(db: Db, now: number, token: string | undefined): Promise<Machine> {
  const machine = token ? await machineOfToken(db, token) : null;
  if (!machine) throw new CentreError(401, 'BAD_TOKEN', M.badToken);
  await db.query('UPDATE machines SET last_seen_at = $1 WHERE id = $2', [now, machine.id]);
  return machine;
}

async function requireLearner(q: Queryable, machine: Machine, learnerId: number): Promise<void> {
  const ok = await q.query('SELECT 1 FROM machine_learners WHERE machine_id = $1 AND learner_id = $2', [machine.id, learnerId]);
  if (!ok.length) throw new CentreError(403, 'NOT_YOUR_LEARNER', M.notYourLearner);
}

/** Withdraws a token (the teacher or an administrator revokes a lost PC): its next request is answered 401. */
export async function revokeMachine(db: Db, now: number, machineId: number): Promise<void> {
  await db.query('UPDATE machines SET revoked_at = $1 WHERE id = $2', [now, machineId]);
}

/**
 * Stores a batch of one learner's events. Each (learner, event id) is kept once: a retried or replayed batch adds
 * nothing. The dashboard's counters move in the same transaction, by exactly the rows that were new.
 */
export async function push(db: Db, now: number, today: string, machine: Machine, learnerId: number, events: SyncEvent[]) {
  if (!events.length) return { accepted: 0, duplicates: 0 };
  // Behind the teachers' pages: a class of PCs pushing at once never makes the dashboard wait for all of them.
  return db.bulkTx(async (q) => {
    // The learner must be this machine's; and one writer per learner at a time, so the pull cursor (seq) of a learner
    // only ever grows past committed rows. In a statement of its own, so the next one reads what the writer before
    // this one committed.
    const [me] = await q.query<{ class_id: number }>(
      `SELECT l.class_id FROM learners l
        WHERE l.id = $1 AND EXISTS (SELECT 1 FROM machine_learners m WHERE m.machine_id = $2 AND m.learner_id = l.id)
          FOR UPDATE OF l`,
      [learnerId, machine.id],
    );
    if (!me) throw new CentreError(403, 'NOT_YOUR_LEARNER', M.notYourLearner);
    const [r] = await q.query<{ accepted: number }>(PUSH_SQL, [learnerId, machine.id, now, today, me.class_id, JSON.stringify(events)]);
    const accepted = r?.accepted ?? 0;
    return { accepted, duplicates: events.length - accepted };
  });
}

/**
 * A push in one statement (one round trip): the events, sent as one JSON array, go in unless their (learner, event
 * id) is there already; from the rows that went in, and only those, the counters move: study days and the latest
 * run of them (days after `today`, from a PC whose clock runs fast, are left out), items done, answers and right
 * answers per learner, per learner and chapter, per class and chapter, and the assignments the new rows complete.
 * $1 learner, $2 machine, $3 now, $4 today, $5 the learner's class, $6 the events.
 * Chapters are written in their order, so two pushes of one class never wait on each other's rows in a cycle.
 * A learner counts in the class shard `learner id mod 16` (migration 006).
 */
const PUSH_SQL = `
WITH ins AS (
  INSERT INTO events (learner_id, machine_id, received_at, event_id, kind, at, day, question_id, chapter, correct, score, max_score, pass_line, payload)
  SELECT $1, $2, $3, e.id, e.kind, e.at, e.day, e."questionId", e.chapter, e.correct, e.score, e."maxScore", e."passLine", e.payload
    FROM json_to_recordset($6::json) AS e(id text, kind text, at bigint, day date, "questionId" text, chapter text, correct boolean,
                                          score real, "maxScore" real, "passLine" real, payload jsonb)
  ON CONFLICT (learner_id, event_id) DO NOTHING
  RETURNING kind, question_id, chapter, correct, day, at, payload->>'subject' AS subject
),
answers AS (SELECT question_id, chapter, correct FROM ins WHERE kind = 'answer'),
new_days AS (
  -- a plan event says the plan was seen or finished, not that the learner studied: it is no 打卡 day
  INSERT INTO learner_days (learner_id, day) SELECT DISTINCT $1::int, day FROM ins WHERE kind <> 'plan' ON CONFLICT DO NOTHING RETURNING day
),
days AS (
  SELECT day FROM learner_days WHERE learner_id = $1 AND day <= $4::date
  UNION SELECT day FROM new_days WHERE day <= $4::date
),
new_items AS (
  INSERT INTO learner_items (learner_id, question_id)
  SELECT DISTINCT $1::int, question_id FROM answers WHERE question_id <> '' ON CONFLICT DO NOTHING RETURNING 1
),
stats AS (
  UPDATE learner_stats SET
    answers = answers + (SELECT count(*) FROM answers),
    correct = correct + (SELECT count(*) FROM answers WHERE correct),
    items = items + (SELECT count(*) FROM new_items),
    last_day = (SELECT max(day) FROM days),
    -- the run's first day: the latest day whose day before is missing
    run_start = (SELECT max(d.day) FROM days d WHERE NOT EXISTS (SELECT 1 FROM days p WHERE p.day = d.day - 1))
  WHERE learner_id = $1 AND EXISTS (SELECT 1 FROM ins)
),
chapters AS (
  SELECT chapter, count(*) AS answers, count(*) FILTER (WHERE correct) AS correct FROM answers WHERE chapter <> '' GROUP BY chapter
),
learner_chapters AS (
  INSERT INTO learner_chapter_stats (learner_id, chapter, answers, correct)
  SELECT $1, chapter, answers, correct FROM chapters ORDER BY chapter
  ON CONFLICT (learner_id, chapter) DO UPDATE SET answers = learner_chapter_stats.answers + EXCLUDED.answers,
                                                  correct = learner_chapter_stats.correct + EXCLUDED.correct
),
class_chapters AS (
  INSERT INTO class_chapter_stats (class_id, chapter, shard, answers, correct)
  SELECT $5, chapter, $1 % 16, answers, correct FROM chapters ORDER BY chapter
  ON CONFLICT (class_id, chapter, shard) DO UPDATE SET answers = class_chapter_stats.answers + EXCLUDED.answers,
                                                correct = class_chapter_stats.correct + EXCLUDED.correct
),
-- a practice assignment is done by a new answer in its chapter, a mock assignment by a new sitting of its subject,
-- made (on the PC's clock) after the assignment was set
targets AS (
  SELECT 'practice' AS kind, chapter AS target, max(at) AS at FROM ins WHERE kind = 'answer' AND chapter <> '' GROUP BY chapter
  UNION ALL
  SELECT 'mock', subject, max(at) FROM ins WHERE kind = 'exam' AND subject <> '' GROUP BY subject
),
done AS (
  INSERT INTO assignment_done (assignment_id, learner_id, done_at)
  SELECT a.id, $1, $3 FROM assignments a JOIN targets t ON t.kind = a.kind AND t.target = a.target
   WHERE a.class_id = $5 AND t.at >= a.created_at
  ON CONFLICT DO NOTHING
)
SELECT count(*)::int AS accepted FROM ins`;

export const PULL_PAGE = 1000;

/**
 * The learner's events that other machines pushed after `since` (the centre's own sequence, not any machine's clock),
 * one page at a time, and the assignments of the learner's class. Plan events stay on the centre: they are for the
 * teacher's page, each PC keeps its own, and an app of an older version would not know their kind.
 */
export async function pull(db: Db, machine: Machine, learnerId: number, since: number) {
  await requireLearner(db, machine, learnerId);
  // The high-water mark first: a push that commits while this page is read lands above it and is read next time.
  const [top] = await db.query<{ seq: string | null }>('SELECT max(seq)::text AS seq FROM events WHERE learner_id = $1', [learnerId]);
  const upTo = Number(top?.seq ?? 0);
  const rows = await db.query<{
    seq: string;
    event_id: string;
    kind: SyncEvent['kind'];
    at: string;
    day: string;
    question_id: string | null;
    chapter: string | null;
    correct: boolean | null;
    score: number | null;
    max_score: number | null;
    pass_line: number | null;
    payload: Record<string, unknown>;
  }>(
    `SELECT seq::text, event_id, kind, at::text, to_char(day, 'YYYY-MM-DD') AS day, question_id, chapter, correct, score, max_score, pass_line, payload
       FROM events WHERE learner_id = $1 AND seq > $2 AND seq <= $5 AND machine_id <> $3 AND kind <> 'plan' ORDER BY seq LIMIT $4`,
    [learnerId, since, machine.id, PULL_PAGE + 1, upTo],
  );
  const more = rows.length > PULL_PAGE;
  const page = rows.slice(0, PULL_PAGE);
  // A last page moves the cursor to the high-water mark, past this machine's own rows, so they are not scanned again.
  const cursor = more ? Number(page[page.length - 1]!.seq) : Math.max(since, upTo);
  const [cls] = await db.query<{ class_id: number }>('SELECT class_id FROM learners WHERE id = $1', [learnerId]);
  const done = await db.query<{ assignment_id: number }>('SELECT assignment_id FROM assignment_done WHERE learner_id = $1', [learnerId]);
  const doneIds = new Set(done.map((d) => Number(d.assignment_id)));
  const assignments: Assignment[] = (await listAssignments(db, cls ? [cls.class_id] : [])).map((a) => ({
    ...a,
    done: doneIds.has(a.id),
  }));
  return {
    events: page.map((r) => ({
      seq: Number(r.seq),
      id: r.event_id,
      kind: r.kind,
      at: Number(r.at),
      day: r.day,
      questionId: r.question_id,
      chapter: r.chapter,
      correct: r.correct,
      score: r.score,
      maxScore: r.max_score,
      passLine: r.pass_line,
      payload: typeof r.payload === 'string' ? (JSON.parse(r.payload) as Record<string, unknown>) : r.payload,
    })),
    cursor,
    more,
    assignments,
    banks: cls ? await listBanks(db, cls.class_id) : [],
  };
}

/** One bank of the learner's class, with its content (a pull listed it with a hash this PC does not have). */
export async function fetchBank(db: Db, machine: Machine, learnerId: number, bankId: number) {
  await requireLearner(db, machine, learnerId);
  const [cls] = await db.query<{ class_id: number }>('SELECT class_id FROM learners WHERE id = $1', [learnerId]);
  return bankOfClass(db, cls?.class_id ?? -1, bankId);
}

/**
 * 断开: the machine stops syncing this learner. With `deleteData` the centre deletes the learner and every record
 * of theirs (events, counters, links from all machines) — the learner's right to have their data removed.
 */
export async function disconnect(db: Db, machine: Machine, learnerId: number, deleteData: boolean): Promise<{ deleted: boolean }> {
  return db.tx(async (q) => {
    await requireLearner(q, machine, learnerId);
    if (deleteData) {
      // After any push of theirs that is under way (pushes hold this lock), and before their rows go: the class's
      // counters give back exactly what the learner's own counters hold.
      await q.query('SELECT id FROM learners WHERE id = $1 FOR UPDATE', [learnerId]);
      await q.query(
        `UPDATE class_chapter_stats s SET answers = s.answers - c.answers, correct = s.correct - c.correct
           FROM learner_chapter_stats c JOIN learners l ON l.id = c.learner_id
          WHERE l.id = $1 AND s.class_id = l.class_id AND s.chapter = c.chapter AND s.shard = l.id % 16`,
        [learnerId],
      );
      await q.query('DELETE FROM learners WHERE id = $1', [learnerId]);
    } else await q.query('DELETE FROM machine_learners WHERE machine_id = $1 AND learner_id = $2', [machine.id, learnerId]);
    return { deleted: deleteData };
  });
}

/** The teacher withdraws every machine token of a learner of their class (a lost or shared PC). */
export async function revokeMachineOfLearner(db: Db, now: number, classId: number, learnerId: number): Promise<number> {
  const rows = await db.query(
    `UPDATE machines SET revoked_at = $1 WHERE revoked_at IS NULL AND id IN (
       SELECT ml.machine_id FROM machine_learners ml JOIN learners l ON l.id = ml.learner_id WHERE l.id = $2 AND l.class_id = $3)
     RETURNING id`,
    [now, learnerId, classId],
  );
  return rows.length;
}

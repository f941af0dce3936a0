import { CentreError, M } from './errors';
import type { Db } from './db';
import { hashPassword, newCode, newToken, sha256, verifyPassword } from './secrets';

export const SESSION_MS = 12 * 60 * 60 * 1000;

export interface Teacher {
  id: number;
  username: string;
  displayName: string;
}

/** Creates a teacher account (and their centre). A taken username is refused. */
export async function signup(db: Db, now: number, b: { username: string; password: string; displayName: string }): Promise<Teacher> {
  const hash = await hashPassword(b.password);
  return db.tx(async (q) => {
    const taken = await q.query('SELECT 1 FROM teachers WHERE username = $1', [b.username]);
    if (taken.length) throw new CentreError(409, 'TAKEN', M.usernameTaken);
    const [centre] = await q.query<{ id: number }>('INSERT INTO centres (name, created_at) VALUES ($1, $2) RETURNING id', [
      b.displayName,
      now,
    ]);
    const [t] = await q.query<{ id: number }>(
      'INSERT INTO teachers (centre_id, username, display_name, password_hash, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [centre!.id, b.username, b.displayName, hash, now],
    );
    return { id: t!.id, username: b.username, displayName: b.displayName };
  });
}

/** Checks the password and opens a session; returns the session id for the cookie (only its hash is stored). */
export async function login(
  db: Db,
  now: number,
  b: { username: string; password: string },
): Promise<{ session: string; teacher: Teacher }> {
  const [row] = await db.query<{ id: number; display_name: string; password_hash: string }>(
    'SELECT id, display_name, password_hash FROM teachers WHERE username = $1',
    [b.username],
  );
  // Verify against a dummy hash for an unknown user too, so timing does not tell which usernames exist.
  const ok = await verifyPassword(b.password, row?.password_hash ?? DUMMY_HASH);
  if (!row || !ok) throw new CentreError(401, 'LOGIN_FAILED', M.loginFailed);
  const session = newToken();
  await db.query('DELETE FROM sessions WHERE expires_at < $1', [now]);
  await db.query('INSERT INTO sessions (token_hash, teacher_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
    sha256(session),
    row.id,
    now,
    now + SESSION_MS,
  ]);
  return { session, teacher: { id: row.id, username: b.username, displayName: row.display_name } };
}
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export async function logout(db: Db, session: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [sha256(session)]);
}

/**
 * The teacher a session cookie belongs to, or null when it is unknown or expired; with `classId`, in the same round
 * trip, that class when it is this teacher's (else `cls` is null: another teacher's class, or none).
 */
export async function teacherOfSession(
  db: Db,
  now: number,
  session: string | undefined,
  classId: number | null = null,
): Promise<{ teacher: Teacher; cls: ClassRow | null } | null> {
  if (!session) return null;
  // A class number past PostgreSQL's integer is nobody's class (not a database error).
  const wanted = classId !== null && Number.isSafeInteger(classId) && classId <= 2 ** 31 - 1 ? classId : null;
  const [row] = await db.query<{
    id: number;
    username: string;
    display_name: string;
    class_id: number | null;
    class_name: string;
    code: string;
    learners: number;
  }>(
    `SELECT t.id, t.username, t.display_name, c.id AS class_id, c.name AS class_name, c.code,
            (SELECT count(*)::int FROM learners l WHERE l.class_id = c.id) AS learners
       FROM sessions s JOIN teachers t ON t.id = s.teacher_id LEFT JOIN classes c ON c.id = $3::int AND c.teacher_id = t.id
      WHERE s.token_hash = $1 AND s.expires_at > $2`,
    [sha256(session), now, wanted],
  );
  if (!row) return null;
  return {
    teacher: { id: row.id, username: row.username, displayName: row.display_name },
    cls: row.class_id === null ? null : { id: row.class_id, name: row.class_name, code: row.code, learners: row.learners },
  };
}

export interface ClassRow {
  id: number;
  name: string;
  code: string;
  learners: number;
}

/** A new class with a fresh 班级码 (retried on the rare clash with an existing code). */
export async function createClass(db: Db, now: number, teacherId: number, name: string): Promise<ClassRow> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = newCode(6);
    const rows = await db.query<{ id: number }>(
      'INSERT INTO classes (teacher_id, name, code, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (code) DO NOTHING RETURNING id',
      [teacherId, name, code, now],
    );
    if (rows[0]) return { id: rows[0].id, name, code, learners: 0 };
  }
  throw new CentreError(500, 'INTERNAL', M.internal);
}

export async function listClasses(db: Db, teacherId: number): Promise<ClassRow[]> {
  return db.query<ClassRow>(
    `SELECT c.id, c.name, c.code, (SELECT count(*)::int FROM learners l WHERE l.class_id = c.id) AS learners
       FROM classes c WHERE c.teacher_id = $1 ORDER BY c.id`,
    [teacherId],
  );
}

export interface AssignmentRow {
  id: number;
  kind: 'practice' | 'mock';
  title: string;
  target: string;
  dueDay: string;
}

/** An assignment on the teacher's page, with how many learners of the class have done it. */
export interface AssignmentProgress extends AssignmentRow {
  done: number;
  /** The names of the learners who have done it, in name order. */
  doneBy: string[];
}

export async function assignmentProgress(db: Db, classId: number): Promise<AssignmentProgress[]> {
  const rows = await db.query<Omit<AssignmentProgress, 'doneBy'> & { doneBy: string[] | string }>(
    `SELECT a.id, a.kind, a.title, a.target, to_char(a.due_day, 'YYYY-MM-DD') AS "dueDay",
            (SELECT count(*)::int FROM assignment_done d WHERE d.assignment_id = a.id) AS done,
            (SELECT coalesce(json_agg(l.name ORDER BY l.name), '[]'::json) FROM assignment_done d JOIN learners l ON l.id = d.learner_id
              WHERE d.assignment_id = a.id) AS "doneBy"
       FROM assignments a WHERE a.class_id = $1 ORDER BY a.due_day, a.id`,
    [classId],
  );
  // json comes back parsed from node-postgres and PGlite alike; a driver that hands over text is parsed here.
  return rows.map((r) => ({ ...r, doneBy: typeof r.doneBy === 'string' ? (JSON.parse(r.doneBy) as string[]) : r.doneBy }));
}

export async function createAssignment(
  db: Db,
  now: number,
  classId: number,
  a: { kind: 'practice' | 'mock'; title: string; target: string; dueDay: string },
): Promise<AssignmentRow> {
  const [row] = await db.query<{ id: number }>(
    'INSERT INTO assignments (class_id, kind, title, target, due_day, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
    [classId, a.kind, a.title, a.target, a.dueDay, now],
  );
  return { id: row!.id, ...a };
}

export async function listAssignments(db: Db, classIds: number[]): Promise<AssignmentRow[]> {
  if (!classIds.length) return [];
  return db.query<AssignmentRow>(
    `SELECT id, kind, title, target, to_char(due_day, 'YYYY-MM-DD') AS "dueDay"
       FROM assignments WHERE class_id = ANY($1::int[]) ORDER BY due_day, id`,
    [classIds],
  );
}

import type { Db } from '../../../electron/centre/db';
import { migrate } from '../../../electron/centre/migrate';
import { startCentre } from '../../../electron/centre/server';
import type { SyncEventInput } from '../../../src/shared/centre/contract';

/** A centre service on a free loopback port over `db` (migrated), with a settable clock and captured access log. */
export async function centreForTesting(db: Db, opts: { attemptsPerMinute?: number; maxBody?: number; webDir?: string } = {}) {
  await migrate(db);
  const clock = { now: Date.UTC(2026, 2, 10, 4) };
  const access: string[] = [];
  const errors: string[] = [];
  const centre = await startCentre({
    db,
    host: '127.0.0.1',
    port: 0,
    now: () => clock.now,
    today: () => new Date(clock.now).toISOString().slice(0, 10),
    logAccess: (l) => access.push(l),
    log: (l) => errors.push(l),
    ...opts,
  });
  return { ...centre, clock, access, errors };
}

export type TestCentre = Awaited<ReturnType<typeof centreForTesting>>;

/** A teacher in a browser: the login forms, then the page's JSON calls with the session cookie. */
export class TeacherClient {
  cookie = '';
  constructor(private readonly base: string) {}

  async form(path: string, fields: Record<string, string>) {
    const res = await fetch(this.base + path, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: this.cookie, Origin: this.base },
      body: new URLSearchParams(fields).toString(),
    });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]!;
    return { status: res.status, body: await res.text(), location: res.headers.get('location') };
  }

  async get(path: string) {
    const res = await fetch(this.base + path, { redirect: 'manual', headers: { Cookie: this.cookie } });
    return { status: res.status, body: await res.text(), type: res.headers.get('content-type') };
  }

  /** A download as bytes (an .xlsx). */
  async bytes(path: string) {
    const res = await fetch(this.base + path, { redirect: 'manual', headers: { Cookie: this.cookie } });
    return { status: res.status, body: Buffer.from(await res.arrayBuffer()), type: res.headers.get('content-type') };
  }

  async json<T>(path: string): Promise<T> {
    const r = await this.get(path);
    if (r.status !== 200) throw new Error(`${path}: ${r.status} ${r.body}`);
    return JSON.parse(r.body) as T;
  }

  async signup(username: string, password = 'correct horse 1') {
    const r = await this.form('/signup', { username, password, displayName: `老师${username}` });
    if (r.status !== 303) throw new Error(`signup ${r.status} ${r.body}`);
  }

  /** A teacher-page action as the page sends it: a JSON body, same origin, the session cookie; the JSON answer. */
  async post(path: string, body: unknown, origin = this.base) {
    const res = await fetch(this.base + path, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/json', Cookie: this.cookie, Origin: origin },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> & { error?: { code: string; message: string } } };
  }

  /** Creates a class and returns its id and 班级码 (read back from the class list, as the page reads it). */
  async createClass(name: string): Promise<{ id: number; code: string }> {
    const r = await this.post('/classes', { name });
    if (r.status !== 200) throw new Error(`class ${name}: ${r.status} ${JSON.stringify(r.body)}`);
    const home = await this.json<{ classes: { id: number; name: string; code: string }[] }>('/classes.json');
    const row = home.classes.find((c) => c.name === name);
    if (!row) throw new Error(`class ${name} not listed`);
    return { id: row.id, code: row.code };
  }
}

/** A PC's sync calls, raw: JSON bodies with the bearer token. */
export class MachineClient {
  token: string | undefined;
  constructor(private readonly base: string) {}

  async call(action: string, body: unknown, raw?: string) {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (this.token) headers['Authorization'] = `Bearer ${this.token}`;
    const res = await fetch(`${this.base}/api/sync/${action}`, { method: 'POST', headers, body: raw ?? JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: JSON.parse(text) as Record<string, unknown> & { error?: { code: string; message: string } } };
  }

  async enrol(code: string, learnerName: string, personalCode?: string) {
    const r = await this.call('enrol', { code, learnerName, consent: true, ...(personalCode ? { personalCode } : {}) });
    if (r.status === 200) this.token = r.body['token'] as string;
    return r;
  }
}

/** An answer event as the desktop client sends it. */
export function answerEvent(questionId: string, at: number, correct: boolean, chapter = 'ch1'): SyncEventInput {
  const day = new Date(at).toISOString().slice(0, 10);
  const payload = {
    questionId,
    at,
    choice: ['A'],
    correct,
    score: correct ? 1 : 0,
    responseMs: 1000,
    mode: 'practice',
    guessed: false,
    grade: null,
  };
  return { id: `${questionId}|${at}|practice|A`, kind: 'answer', at, day, questionId, chapter, correct, payload };
}

/** A plan day event as the desktop client sends it: the day's plan made (`open`) or finished (`kept`). */
export function planEvent(day: string, state: 'open' | 'kept', at = Date.parse(`${day}T04:00:00Z`)): SyncEventInput {
  return { id: `plan|${day}|${state}`, kind: 'plan', at, day, payload: { day, state } };
}

import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { z } from 'zod';
import {
  BankBody,
  CreateAssignmentBody,
  CreateClassBody,
  DisconnectBody,
  EnrolBatchBody,
  EnrolBody,
  LoginBody,
  PullBody,
  PushBody,
  SignupBody,
  UploadBankBody,
  type ChapterRow,
  type ClassOverview,
  type ClassSummary,
  type Done,
  type LearnerDetail,
  type TeacherHome,
  type TitledChapterRow,
} from '@shared/centre/contract';
import { deleteBank, listBanks, uploadBank } from './banks';
import { enrolBatch } from './enrolBatch';
import { chapterSheet, chapterTable, learnerChapters, learnerSheet, learnerTable } from './dashboard';
import type { Db } from './db';
import { CentreError, M } from './errors';
import {
  bearer,
  cookie,
  formBody,
  jsonBody,
  parseWith,
  readBody,
  redirect,
  send,
  sendError,
  sendJson,
  toCsv,
  toXlsx,
  XLSX_TYPE,
} from './http';
import { appShell, CSS, loginPage, messagePage } from './page';
import { assignmentDoneSheet, assignmentSheet, bankSheet, mockSheet, type Sheet, type TargetName } from './sheets';
import { loadChapterTitles, loadSubjects } from './syllabus';
import { RateLimiter } from './rateLimit';
import { authMachine, disconnect, enrol, fetchBank, pull, push, revokeMachineOfLearner } from './sync';
import {
  createAssignment,
  createClass,
  assignmentProgress,
  listClasses,
  login,
  logout,
  signup,
  teacherOfSession,
  SESSION_MS,
  type ClassRow,
} from './teachers';

export interface CentreOptions {
  db: Db;
  host: string;
  port: number;
  now: () => number;
  /** The learner's calendar day for `now` (the centre's local time zone). */
  today: () => string;
  /** One line per request: time, address, who, method, path, status. Never bodies or tokens. */
  logAccess: (line: string) => void;
  log: (line: string) => void;
  /** Body cap in bytes (default 2 MB). */
  maxBody?: number;
  /** Attempts per minute per address for login, signup and enrolment (default 10). */
  attemptsPerMinute?: number;
  /** HTTPS with this certificate (the centre's own, self-signed; PCs pin it on enrolment); plain HTTP without. */
  tls?: { cert: string; key: string; fingerprint: string } | undefined;
  /** The built teacher-page charts (`npm run build` → out/centre); without centre.js the page says so. */
  webDir?: string;
  /** Chapter id → title for the page (default: the app's syllabus, questions/syllabus/2025). */
  chapterTitles?: ReadonlyMap<string, string>;
}

/** Where `npm run build` puts the teacher page's script. */
export const WEB_DIR = join(import.meta.dirname, '..', '..', 'out', 'centre');

const SESSION_COOKIE = 'sgl_centre';

/** The centre service: the teacher's web page (forms, no script) and the sync API the desktop app talks to. */
export async function startCentre(o: CentreOptions): Promise<{ server: Server; url: string; close: () => Promise<void> }> {
  const maxBody = o.maxBody ?? 2 * 1024 * 1024;
  const scheme = o.tls ? 'https' : 'http';
  const sessionCookie = (value: string, maxAgeSeconds: number) =>
    `${SESSION_COOKIE}=${value}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${maxAgeSeconds}${o.tls ? '; Secure' : ''}`;
  const chapterTitles = o.chapterTitles ?? (await loadChapterTitles());
  const webDir = o.webDir ?? WEB_DIR;
  /** The built script, read on each request (a build while the service runs is picked up); null when not built. */
  const script = () => readFile(join(webDir, 'centre.js')).catch(() => null);
  const built = () =>
    access(join(webDir, 'centre.js')).then(
      () => true,
      () => false,
    );
  const limiter = new RateLimiter(o.attemptsPerMinute ?? 10, 60_000, o.now);
  const limit = (req: IncomingMessage, action: string) => {
    if (!limiter.allow(`${req.socket.remoteAddress}|${action}`)) throw new CentreError(429, 'TOO_MANY', M.tooMany);
  };

  const subjects = await loadSubjects();
  const subjectName = (id: string | null) => (id === null ? '—' : (subjects.get(id)?.name ?? id));
  const targetName: TargetName = (a) => (a.kind === 'mock' ? subjectName(a.target) : (chapterTitles.get(a.target) ?? a.target));
  /** Chapters with their titles, weakest first (the chapter to teach again on top); chapters without answers last. */
  const titled = (rows: ChapterRow[]): TitledChapterRow[] =>
    rows
      .map((c) => ({ ...c, title: chapterTitles.get(c.chapter) ?? c.chapter }))
      .sort((a, b) => (a.accuracy ?? 2) - (b.accuracy ?? 2) || a.chapter.localeCompare(b.chapter));
  const overview = async (cls: ClassSummary): Promise<ClassOverview> => {
    const [learners, chapters, assignments, banks] = await Promise.all([
      learnerTable(o.db, cls.id, o.today()),
      chapterTable(o.db, cls.id),
      assignmentProgress(o.db, cls.id),
      listBanks(o.db, cls.id),
    ]);
    return {
      class: cls,
      learners,
      chapters: titled(chapters),
      assignments,
      banks,
      targets: {
        chapters: [...chapterTitles].map(([id, title]) => ({ id, title })),
        subjects: [...subjects].map(([id, s]) => ({ id, name: s.name })),
      },
    };
  };
  /** Every table of the class page as an export (.csv / .xlsx), by the name in its address; null for another name. */
  const sheetOf = async (cls: ClassSummary, name: string): Promise<(Sheet & { name: string }) | null> => {
    const learners = () => learnerTable(o.db, cls.id, o.today());
    if (name === 'learners') return { name: '学员', ...learnerSheet(await learners()) };
    if (name === 'chapters') return { name: '各章正确率', ...chapterSheet(await chapterTable(o.db, cls.id), chapterTitles) };
    if (name === 'assignments')
      return { name: '作业', ...assignmentSheet(await assignmentProgress(o.db, cls.id), cls.learners, targetName) };
    if (name === 'assignment-done')
      return { name: '作业完成情况', ...assignmentDoneSheet(await assignmentProgress(o.db, cls.id), await learners(), targetName) };
    if (name === 'mocks') return { name: '模拟考试', ...mockSheet(await learners(), subjectName) };
    if (name === 'banks') return { name: '班级题库', ...bankSheet(await listBanks(o.db, cls.id)) };
    return null;
  };

  async function handle(req: IncomingMessage, res: ServerResponse, who: { name: string }): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://centre');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const now = o.now();

    // ---- the sync API (bearer token, JSON) ----
    if (path.startsWith('/api/sync/')) {
      if (method !== 'POST') throw new CentreError(405, 'METHOD', M.notFound);
      const action = path.slice('/api/sync/'.length);
      if (action === 'enrol') {
        limit(req, 'enrol');
        const b = await jsonBody(req, maxBody, EnrolBody);
        const r = await enrol(o.db, now, bearer(req), b);
        who.name = `learner:${r.learnerId}`;
        return sendJson(res, 200, r);
      }
      if (action === 'enrol-batch') {
        // The whole lab PC counts as one attempt, in the same window as single enrolments from that address.
        limit(req, 'enrol');
        const b = await jsonBody(req, maxBody, EnrolBatchBody);
        const r = await enrolBatch(o.db, now, b, o.log);
        const ids = r.results.flatMap((x) => (x.ok ? [x.result.learnerId] : []));
        who.name = ids.length ? `learner:${ids.join(',')}` : '-';
        return sendJson(res, 200, r);
      }
      const machine = await authMachine(o.db, now, bearer(req));
      who.name = `machine:${machine.id}`;
      if (action === 'push') {
        const b = await jsonBody(req, maxBody, PushBody);
        return sendJson(res, 200, await push(o.db, now, o.today(), machine, b.learnerId, b.events));
      }
      if (action === 'pull') {
        const b = await jsonBody(req, maxBody, PullBody);
        return sendJson(res, 200, await pull(o.db, machine, b.learnerId, b.since));
      }
      if (action === 'bank') {
        const b = await jsonBody(req, maxBody, BankBody);
        return sendJson(res, 200, await fetchBank(o.db, machine, b.learnerId, b.bankId));
      }
      if (action === 'disconnect') {
        const b = await jsonBody(req, maxBody, DisconnectBody);
        return sendJson(res, 200, await disconnect(o.db, machine, b.learnerId, b.deleteData));
      }
      throw new CentreError(404, 'NOT_FOUND', M.notFound);
    }

    // ---- the teacher's page (session cookie, forms) ----
    if (path === '/centre.css') return send(res, 200, CSS, 'text/css; charset=utf-8');
    if (path === '/centre.js' && method === 'GET') {
      const js = await script();
      if (!js) throw new CentreError(404, 'NOT_FOUND', M.notFound);
      return send(res, 200, js, 'text/javascript; charset=utf-8');
    }
    if (method === 'POST') {
      // A form may only be posted from this page (the cookie is SameSite=Strict too).
      const origin = req.headers.origin;
      if (origin && origin !== `${scheme}://${req.headers.host}`) throw new CentreError(403, 'FORBIDDEN', M.forbidden);
    }
    if (method === 'POST' && path === '/login') {
      limit(req, 'login');
      const b = await formBody(req, maxBody, LoginBody).catch(asLoginFailure);
      const r = await login(o.db, now, b);
      who.name = `teacher:${r.teacher.id}`;
      return redirect(res, '/', { 'Set-Cookie': sessionCookie(r.session, SESSION_MS / 1000) });
    }
    if (method === 'POST' && path === '/signup') {
      limit(req, 'signup');
      const b = await formBody(req, maxBody, SignupBody);
      const t = await signup(o.db, now, b);
      const r = await login(o.db, now, { username: t.username, password: b.password });
      who.name = `teacher:${t.id}`;
      return redirect(res, '/', { 'Set-Cookie': sessionCookie(r.session, SESSION_MS / 1000) });
    }
    const session = cookie(req, SESSION_COOKIE);
    // The session and, for a class's address, that class (when it is this teacher's) in one round trip.
    const inClass = /^\/classes\/(\d+)/.exec(path);
    const signedIn = await teacherOfSession(o.db, now, session, inClass ? Number(inClass[1]) : null);
    if (!signedIn) {
      if (method === 'GET' && path === '/') return send(res, 200, loginPage(), 'text/html; charset=utf-8');
      if (method === 'GET' && !isData(path)) return redirect(res, '/');
      throw new CentreError(401, 'NEED_LOGIN', M.needLogin);
    }
    const teacher = signedIn.teacher;
    const ownClass = (): ClassRow => {
      if (!signedIn.cls) throw new CentreError(404, 'NOT_FOUND', M.notYourClass);
      return signedIn.cls;
    };
    who.name = `teacher:${teacher.id}`;
    if (method === 'POST' && path === '/logout') {
      await logout(o.db, session!);
      return redirect(res, '/', { 'Set-Cookie': sessionCookie('', 0) });
    }
    if (method === 'GET' && (path === '/' || /^\/classes\/\d+$/.test(path))) {
      // Everything after sign-in is the Svelte app (out/centre/centre.js) over the JSON below.
      if (path !== '/') ownClass();
      return send(res, 200, appShell(teacher, await built()), 'text/html; charset=utf-8');
    }
    if (method === 'GET' && path === '/classes.json') {
      const home: TeacherHome = {
        teacher: { displayName: teacher.displayName },
        classes: await listClasses(o.db, teacher.id),
        fingerprint: o.tls?.fingerprint ?? null,
      };
      return sendJson(res, 200, home);
    }
    if (method === 'POST' && path === '/classes') {
      const b = await actionBody(req, maxBody, CreateClassBody);
      const created: ClassSummary = await createClass(o.db, now, teacher.id, b.name);
      return sendJson(res, 200, created);
    }
    const m = /^\/classes\/(\d+)(\/[a-z.-]+)?(?:\/(\d+)(\.json|\/revoke|\/delete))?$/.exec(path);
    if (m) {
      const cls = ownClass();
      const sub = m[2] ?? '';
      const child = m[3] ? Number(m[3]) : null;
      const done = (): void => sendJson(res, 200, { ok: true } satisfies Done);
      if (method === 'GET' && child === null) {
        if (sub === '/overview.json') return sendJson(res, 200, await overview(cls));
        if (sub === '/learners.json') return sendJson(res, 200, await learnerTable(o.db, cls.id, o.today()));
        if (sub === '/assignments.json') return sendJson(res, 200, await assignmentProgress(o.db, cls.id));
        if (sub === '/chapters.json') return sendJson(res, 200, await chapterTable(o.db, cls.id));
        if (sub === '/banks.json') return sendJson(res, 200, await listBanks(o.db, cls.id));
        const table = /^\/([a-z-]+)\.(csv|xlsx)$/.exec(sub);
        const sheet = table ? await sheetOf(cls, table[1]!) : null;
        if (table && sheet) {
          const file = `${table[1]}-${cls.id}.${table[2]}`;
          const disposition = { 'Content-Disposition': `attachment; filename="${file}"` };
          return table[2] === 'csv'
            ? send(res, 200, toCsv(sheet.header, sheet.rows), 'text/csv; charset=utf-8', disposition)
            : send(res, 200, await toXlsx(sheet.name, sheet.header, sheet.rows), XLSX_TYPE, disposition);
        }
      }
      if (method === 'GET' && sub === '/learners' && m[4] === '.json' && child !== null) {
        const learner = (await learnerTable(o.db, cls.id, o.today())).find((l) => l.learnerId === child);
        if (!learner) throw new CentreError(404, 'NOT_FOUND', M.notFound);
        const detail: LearnerDetail = { learner, chapters: titled(await learnerChapters(o.db, learner.learnerId)) };
        return sendJson(res, 200, detail);
      }
      if (method === 'POST' && sub === '/assignments' && child === null) {
        const b = await actionBody(req, maxBody, CreateAssignmentBody);
        await createAssignment(o.db, now, cls.id, b);
        return done();
      }
      if (method === 'POST' && sub === '/banks' && child === null) {
        // The page sends JSON { name, content }; a multipart form with a file (field `bank`) or urlencoded fields also work.
        const b = await uploadBody(req, maxBody);
        return sendJson(res, 200, await uploadBank(o.db, now, cls.id, b.name, b.content));
      }
      if (method === 'POST' && sub === '/banks' && m[4] === '/delete' && child !== null) {
        await deleteBank(o.db, cls.id, child);
        return done();
      }
      if (method === 'POST' && sub === '/learners' && m[4] === '/revoke' && child !== null) {
        await revokeMachineOfLearner(o.db, now, cls.id, child);
        return done();
      }
    }
    throw new CentreError(404, 'NOT_FOUND', M.notFound);
  }

  const inFlight = new Set<Promise<void>>();
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    const started = Date.now();
    const who = { name: '-' };
    const run = handle(req, res, who).catch((e: unknown) => {
      if (res.headersSent) return;
      if (e instanceof CentreError) {
        // The login and signup forms get their page back with the message, a page address a page that says what
        // happened; the sync API, the teacher page's JSON and its actions get JSON.
        const path = new URL(req.url ?? '/', 'http://centre').pathname;
        if (e.status >= 500) return sendError(res, e);
        if (req.method === 'POST' && (path === '/login' || path === '/signup'))
          return send(res, e.status, loginPage(e.message), 'text/html; charset=utf-8');
        if (req.method === 'GET' && !isData(path)) return send(res, e.status, messagePage(e.message), 'text/html; charset=utf-8');
        return sendError(res, e);
      }
      o.log(`centre: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      sendError(res, new CentreError(500, 'INTERNAL', M.internal));
    });
    const tracked = run.finally(() => {
      const path = new URL(req.url ?? '/', 'http://centre').pathname;
      o.logAccess(
        `${new Date(o.now()).toISOString()} ${req.socket.remoteAddress ?? '-'} ${who.name} ${req.method} ${path} ${res.statusCode} ${Date.now() - started}ms`,
      );
      inFlight.delete(tracked);
    });
    inFlight.add(tracked);
  };
  const server: Server = o.tls ? createHttpsServer({ cert: o.tls.cert, key: o.tls.key }, onRequest) : createServer(onRequest);
  // The embedded database runs on this thread: under a heavy load a request's headers may wait seconds to be read, and
  // a push its turn behind many others. Give both time before the socket is cut (the client retries anyway).
  server.headersTimeout = 120_000;
  server.requestTimeout = 300_000;
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : o.port;
  const hostInUrl = o.host.includes(':') ? `[${o.host}]` : o.host;
  return {
    server,
    url: `${scheme}://${hostInUrl}:${port}`,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.allSettled([...inFlight]);
      server.closeAllConnections();
      await closed;
    },
  };
}

/** A bank upload's 名称 and file text, from a multipart form (the page's file field `bank`), a urlencoded form or JSON. */
async function uploadBody(req: IncomingMessage, max: number): Promise<{ name: string; content: string }> {
  const type = req.headers['content-type'] ?? '';
  const text = await readBody(req, max);
  if (type.startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await new Request('http://centre/', { method: 'POST', headers: { 'content-type': type }, body: text }).formData();
    } catch {
      throw new CentreError(400, 'BAD_BODY', M.badBody('表单无法读取'));
    }
    const file = form.get('bank');
    const content = typeof file === 'string' ? file : file ? await file.text() : '';
    const named = form.get('name');
    const fallback = file && typeof file !== 'string' ? file.name.replace(/\.json$/i, '') : '';
    return parseWith(UploadBankBody, { name: typeof named === 'string' && named.trim() ? named : fallback, content });
  }
  if (type.startsWith('application/json')) {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new CentreError(400, 'BAD_JSON', M.notJson);
    }
    return parseWith(UploadBankBody, raw);
  }
  return parseWith(UploadBankBody, Object.fromEntries(new URLSearchParams(text)));
}

/** An address that answers data (the sync API, the page's JSON, the exports), not a page. */
const isData = (path: string) => path.startsWith('/api/') || /\.(json|csv|xlsx)$/.test(path);

/** A teacher-page action's body: JSON from the page, or the same fields urlencoded (scripts, a form). */
function actionBody<S extends z.ZodType>(req: IncomingMessage, max: number, schema: S): Promise<z.infer<S>> {
  return (req.headers['content-type'] ?? '').startsWith('application/json') ? jsonBody(req, max, schema) : formBody(req, max, schema);
}

/** A login form that does not even parse is answered like a wrong password (no hint which field was wrong). */
function asLoginFailure(): never {
  throw new CentreError(401, 'LOGIN_FAILED', M.loginFailed);
}

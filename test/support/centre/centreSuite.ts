import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/centre/db';
import { migrate } from '../../../electron/centre/migrate';
import { ClassOverview, LearnerDetail, type ChapterRow, type LearnerRow } from '../../../src/shared/centre/contract';
import { centreBankJson } from './centreBankFixture';
import { answerEvent, centreForTesting, MachineClient, planEvent, TeacherClient, type TestCentre } from './centreForTesting';

import { DAY } from '@core/srs/calendar';

/**
 * The centre's behaviour, run once on the embedded PostgreSQL (unit tests) and once on a real PostgreSQL server
 * (integration tests): same SQL, same answers.
 */
export function defineCentreSuite(label: string, open: () => Promise<Db | null>) {
  describe(label, () => {
    let db: Db | null;
    let c: TestCentre;
    let n = 0;
    const fresh = (p: string) => `${p}${++n}`;

    beforeAll(async () => {
      db = await open();
      if (db) c = await centreForTesting(db, { attemptsPerMinute: 30, maxBody: 256 * 1024 });
    }, 120_000);
    afterAll(async () => {
      await c?.close();
      await db?.close();
    });

    /** A teacher with one class, and a PC enrolled with one learner. */
    async function classWithLearner(name = '张三') {
      const teacher = new TeacherClient(c.url);
      await teacher.signup(fresh('t'));
      const cls = await teacher.createClass(fresh('班'));
      const lab = new MachineClient(c.url);
      const r = await lab.enrol(cls.code, name);
      expect(r.status).toBe(200);
      return { teacher, cls, lab, learnerId: r.body['learnerId'] as number, personalCode: r.body['personalCode'] as string };
    }

    it('applies its migrations once', async () => {
      expect(await migrate(db!)).toEqual([]);
      const rows = await db!.query<{ version: number }>('SELECT version FROM schema_migrations');
      expect(rows.map((r) => r.version)).toEqual([1, 2, 3, 4, 5, 6]);
    });

    it('a teacher signs up, logs out and in again; a wrong password is refused', async () => {
      const t = new TeacherClient(c.url);
      const user = fresh('teacher');
      await t.signup(user);
      expect((await t.get('/')).body).toContain('退出登录');
      expect((await t.get('/classes.json')).status).toBe(200);
      await t.form('/logout', {});
      expect((await t.get('/')).body).toContain('老师登录');
      // Signed out, the page's JSON is refused with a JSON message (the page tells the teacher to log in again).
      const out = await t.get('/classes.json');
      expect(out.status).toBe(401);
      expect(JSON.parse(out.body)).toEqual({ error: { code: 'NEED_LOGIN', message: '请先登录。' } });
      expect((await t.post('/classes', { name: '没登录的班' })).status).toBe(401);
      const bad = await t.form('/login', { username: user, password: 'wrong password' });
      expect(bad.status).toBe(401);
      expect(bad.body).toContain('用户名或密码不对');
      const good = await t.form('/login', { username: user, password: 'correct horse 1' });
      expect(good.status).toBe(303);
      expect((await t.json<{ teacher: { displayName: string } }>('/classes.json')).teacher.displayName).toBe(`老师${user}`);
      const stored = await db!.query<{ password_hash: string }>('SELECT password_hash FROM teachers WHERE username = $1', [user]);
      expect(stored[0]!.password_hash).toMatch(/^scrypt\$16384\$8\$1\$/);
      expect(stored[0]!.password_hash).not.toContain('correct horse');
    });

    it('a second teacher does not see the first one’s class', async () => {
      const { cls } = await classWithLearner();
      const other = new TeacherClient(c.url);
      await other.signup(fresh('t'));
      const page = await other.get(`/classes/${cls.id}`);
      expect(page.status).toBe(404);
      expect(page.body).toContain('没有这个班级，或它不属于您。');
      for (const path of ['overview.json', 'learners.csv', 'mocks.xlsx', 'banks.csv', 'learners/1.json'])
        expect((await other.get(`/classes/${cls.id}/${path}`)).status, path).toBe(404);
      expect(
        (await other.post(`/classes/${cls.id}/assignments`, { kind: 'practice', title: 'x', target: 'ch1', dueDay: '2026-03-20' })).status,
      ).toBe(404);
      expect((await other.get('/classes.json')).body).not.toContain(cls.code);
    });

    it('pushes are idempotent: a replayed batch adds nothing and the counters do not move', async () => {
      const { teacher, cls, lab, learnerId } = await classWithLearner();
      const t0 = c.clock.now;
      const events = [answerEvent('q1', t0, true), answerEvent('q2', t0 + 1000, false), answerEvent('q1', t0 + 2000, true)];
      const first = await lab.call('push', { learnerId, events });
      expect(first).toEqual({ status: 200, body: { accepted: 3, duplicates: 0 } });
      const replay = await lab.call('push', { learnerId, events });
      expect(replay.body).toEqual({ accepted: 0, duplicates: 3 });
      const rows = await teacher.json<LearnerRow[]>(`/classes/${cls.id}/learners.json`);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ name: '张三', answers: 3, itemsDone: 2, streak: 1, machines: 1 });
      expect(rows[0]!.accuracy).toBeCloseTo(2 / 3);
    });

    it('concurrent pushes of overlapping batches from two PCs keep each event once', async () => {
      const { teacher, cls, lab, learnerId, personalCode } = await classWithLearner();
      const home = new MachineClient(c.url);
      await home.enrol(cls.code, '张三', personalCode);
      const t0 = c.clock.now;
      const events = Array.from({ length: 200 }, (_, i) => answerEvent(`q${i % 50}`, t0 + i, i % 3 === 0));
      const results = await Promise.all([
        lab.call('push', { learnerId, events: events.slice(0, 150) }),
        home.call('push', { learnerId, events: events.slice(50) }),
        lab.call('push', { learnerId, events }),
      ]);
      const accepted = results.reduce((n, r) => n + (r.body['accepted'] as number), 0);
      expect(accepted).toBe(200);
      const [row] = await teacher.json<LearnerRow[]>(`/classes/${cls.id}/learners.json`);
      expect(row).toMatchObject({ answers: 200, itemsDone: 50, machines: 2 });
    });

    it('a second PC joins the same learner only with the 个人码, then pulls what the first PC pushed', async () => {
      const { cls, lab, learnerId, personalCode } = await classWithLearner('李四');
      const t0 = c.clock.now;
      await lab.call('push', { learnerId, events: [answerEvent('q9', t0, true)] });
      const home = new MachineClient(c.url);
      expect((await home.enrol(cls.code, '李四')).body.error?.code).toBe('NEEDS_PERSONAL_CODE');
      expect((await home.enrol(cls.code, '李四', 'ABCDEFGH')).body.error?.code).toBe('WRONG_PERSONAL_CODE');
      const joined = await home.enrol(cls.code, '李四', personalCode);
      expect(joined.body).toMatchObject({ learnerId, existing: true });
      expect(home.token).not.toBe(lab.token);

      const pulled = await home.call('pull', { learnerId, since: 0 });
      expect((pulled.body['events'] as { id: string }[]).map((e) => e.id)).toEqual(['q9|' + t0 + '|practice|A']);
      const cursor = pulled.body['cursor'] as number;
      await home.call('push', { learnerId, events: [answerEvent('q10', t0 + 5, false)] });
      // Nothing new from the lab; home's own answer is not handed back to it.
      expect((await home.call('pull', { learnerId, since: cursor })).body['events']).toEqual([]);
      // The lab receives home's answer, once, and not its own.
      const labPull = await lab.call('pull', { learnerId, since: 0 });
      expect((labPull.body['events'] as { id: string; payload: unknown }[]).map((e) => e.id)).toEqual([`q10|${t0 + 5}|practice|A`]);
    });

    it('a machine token reads and writes only its own learners', async () => {
      const a = await classWithLearner('王五');
      const b = await classWithLearner('赵六');
      await a.lab.call('push', { learnerId: a.learnerId, events: [answerEvent('q1', c.clock.now, true)] });
      const read = await b.lab.call('pull', { learnerId: a.learnerId, since: 0 });
      expect(read.status).toBe(403);
      expect(read.body.error?.message).toContain('没有连接这位学员');
      const write = await b.lab.call('push', { learnerId: a.learnerId, events: [answerEvent('q2', c.clock.now, true)] });
      expect(write.status).toBe(403);
      const [count] = await db!.query<{ n: number }>('SELECT count(*)::int AS n FROM events WHERE learner_id = $1', [a.learnerId]);
      expect(count!.n).toBe(1);
    });

    it('malformed, invalid and oversized bodies are answered 400/413 with a clear message, and change nothing', async () => {
      const { lab, learnerId } = await classWithLearner();
      const notJson = await lab.call('push', null, '{"learnerId": 1, "events": [');
      expect(notJson.status).toBe(400);
      expect(notJson.body.error?.message).toContain('不是有效的 JSON');
      const invalid = await lab.call('push', { learnerId, events: [{ ...answerEvent('q1', 1, true), kind: 'gossip' }] });
      expect(invalid.status).toBe(400);
      expect(invalid.body.error?.message).toMatch(/^请求内容不对，没有做任何改动：events\.0\.kind/);
      const tooMany = await lab.call('push', { learnerId, events: Array.from({ length: 501 }, (_, i) => answerEvent(`q${i}`, i, true)) });
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.error?.message).toContain('一次最多 500 条');
      const huge = await lab.call('push', {
        learnerId,
        events: [{ ...answerEvent('q1', 1, true), payload: { pad: 'x'.repeat(300 * 1024) } }],
      });
      expect(huge.status).toBe(413);
      expect(huge.body.error?.message).toContain('请求太大');
      const [count] = await db!.query<{ n: number }>('SELECT count(*)::int AS n FROM events WHERE learner_id = $1', [learnerId]);
      expect(count!.n).toBe(0);
      const enrolBad = await new MachineClient(c.url).call('enrol', { code: 'AAAAAA', learnerName: 'x', consent: false });
      expect(enrolBad.status).toBe(400);
    });

    it('a revoked token is answered 401 and its pushes are refused', async () => {
      const { teacher, cls, lab, learnerId } = await classWithLearner();
      const revoked = await teacher.post(`/classes/${cls.id}/learners/${learnerId}/revoke`, {});
      expect(revoked).toEqual({ status: 200, body: { ok: true } });
      const r = await lab.call('push', { learnerId, events: [answerEvent('q1', c.clock.now, true)] });
      expect(r.status).toBe(401);
      expect(r.body.error?.code).toBe('BAD_TOKEN');
      expect(r.body.error?.message).toContain('重新连接');
    });

    it('a machine whose clock is wrong: its events are kept, pulls follow the centre’s order, streaks ignore future days', async () => {
      const { teacher, cls, lab, learnerId, personalCode } = await classWithLearner();
      const future = Date.UTC(2031, 0, 1);
      const past = c.clock.now - 30 * DAY;
      await lab.call('push', { learnerId, events: [answerEvent('q1', future, true), answerEvent('q2', past, true)] });
      const home = new MachineClient(c.url);
      await home.enrol(cls.code, '张三', personalCode);
      const pulled = await home.call('pull', { learnerId, since: 0 });
      expect((pulled.body['events'] as { at: number }[]).map((e) => e.at)).toEqual([future, past]);
      const [row] = await teacher.json<LearnerRow[]>(`/classes/${cls.id}/learners.json`);
      expect(row).toMatchObject({ answers: 2, streak: 0, lastDay: new Date(past).toISOString().slice(0, 10) });
    });

    it('断开 stops a PC; 断开并删除 removes the learner and every record of theirs', async () => {
      const { teacher, cls, lab, learnerId, personalCode } = await classWithLearner();
      await lab.call('push', { learnerId, events: [answerEvent('q1', c.clock.now, true)] });
      const home = new MachineClient(c.url);
      await home.enrol(cls.code, '张三', personalCode);
      expect((await lab.call('disconnect', { learnerId, deleteData: false })).status).toBe(200);
      expect((await lab.call('pull', { learnerId, since: 0 })).status).toBe(403);
      expect((await home.call('pull', { learnerId, since: 0 })).status).toBe(200);
      expect((await home.call('disconnect', { learnerId, deleteData: true })).body).toEqual({ deleted: true });
      expect(await teacher.json<LearnerRow[]>(`/classes/${cls.id}/learners.json`)).toEqual([]);
      for (const table of ['events', 'learner_stats', 'learner_items', 'learner_days', 'machine_learners']) {
        const [r] = await db!.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE learner_id = $1`, [learnerId]);
        expect(r!.n, table).toBe(0);
      }
    });

    it('the dashboard: per learner streak and mock scores, per chapter accuracy, .csv export, assignments reach the PC', async () => {
      const { teacher, cls, lab, learnerId } = await classWithLearner('钱七');
      const other = await new MachineClient(c.url).enrol(cls.code, '=HYPERLINK("x")');
      expect(other.status).toBe(200);
      const now = c.clock.now;
      await lab.call('push', {
        learnerId,
        events: [
          answerEvent('q1', now - 2 * DAY, true, 'ch1'),
          answerEvent('q2', now - DAY, false, 'ch1'),
          answerEvent('q3', now, true, 'ch2'),
          {
            id: 'exam-1',
            kind: 'exam',
            at: now,
            day: new Date(now).toISOString().slice(0, 10),
            score: 72,
            passLine: 60,
            payload: { id: 'exam-1' },
          },
        ],
      });
      const [row] = (await teacher.json<LearnerRow[]>(`/classes/${cls.id}/learners.json`)).filter((l) => l.name === '钱七');
      expect(row).toMatchObject({ answers: 3, itemsDone: 3, streak: 3, mocks: [{ subject: null, score: 72, passLine: 60 }] });
      expect(await teacher.json<ChapterRow[]>(`/classes/${cls.id}/chapters.json`)).toEqual([
        { chapter: 'ch1', answers: 2, accuracy: 0.5 },
        { chapter: 'ch2', answers: 1, accuracy: 1 },
      ]);
      const csv = await teacher.get(`/classes/${cls.id}/learners.csv`);
      expect(csv.type).toContain('text/csv');
      expect(csv.body).toContain('"钱七","3","3","66.7","3"');
      expect(csv.body).toContain(`"'=HYPERLINK(""x"")"`);
      // The same table as Excel: values only (a formula-like name stays text), numbers as numbers.
      const xlsx = await teacher.bytes(`/classes/${cls.id}/learners.xlsx`);
      expect(xlsx.type).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      expect(ws.getRow(1).getCell(1).value).toBe('学员');
      const sheet: unknown[][] = [];
      ws.eachRow((r) => sheet.push((r.values as unknown[]).slice(1)));
      expect(sheet).toContainEqual(['钱七', 3, 3, 66.7, 3, '2026-03-10', 1, 72, 60, 1, '今天未学习', 0]);
      expect(sheet.some((r) => r[0] === '=HYPERLINK("x")')).toBe(true);
      expect(ws.getCell('A3').formula ?? ws.getCell('A2').formula).toBeUndefined();
      const chapters = await teacher.bytes(`/classes/${cls.id}/chapters.xlsx`);
      await wb.xlsx.load(chapters.body as unknown as ArrayBuffer);
      // A chapter the syllabus does not know keeps its id as its name.
      expect(wb.worksheets.at(-1)!.getRow(2).values).toEqual([undefined, 'ch1', 'ch1', 2, 50]);
      // The page's own answer: the same rows, chapters with their titles weakest first (a name is data, never markup).
      const overview = ClassOverview.parse(await teacher.json(`/classes/${cls.id}/overview.json`));
      expect(overview.learners.map((l) => l.name).sort()).toEqual(['=HYPERLINK("x")', '钱七']);
      expect(overview.chapters.map((ch) => [ch.chapter, ch.title, ch.accuracy])).toEqual([
        ['ch1', 'ch1', 0.5],
        ['ch2', 'ch2', 1],
      ]);
      expect(overview.targets.subjects).toContainEqual({ id: 'jc', name: '社会工作综合能力（初级）' });
      expect(overview.targets.chapters).toContainEqual({ id: 'jc25-01', title: '综合能力 第1章 社会工作服务的内涵' });
      // A learner's detail: their row and their chapters; a learner of another class is not found.
      const detail = LearnerDetail.parse(await teacher.json(`/classes/${cls.id}/learners/${learnerId}.json`));
      expect(detail.learner.name).toBe('钱七');
      expect(detail.chapters.map((ch) => [ch.chapter, ch.answers, ch.accuracy])).toEqual([
        ['ch1', 2, 0.5],
        ['ch2', 1, 1],
      ]);
      const stranger = await classWithLearner('孙八');
      expect((await teacher.get(`/classes/${cls.id}/learners/${stranger.learnerId}.json`)).status).toBe(404);

      // An action posted from another site is refused, and so is a body the contract rejects.
      const forged = await teacher.post(
        `/classes/${cls.id}/assignments`,
        { kind: 'mock', title: 'x', target: 'jc', dueDay: '2026-03-20' },
        'http://evil.example',
      );
      expect(forged.status).toBe(403);
      const badDay = await teacher.post(`/classes/${cls.id}/assignments`, { kind: 'mock', title: 'x', target: 'jc', dueDay: '20.3.2026' });
      expect(badDay.status).toBe(400);
      expect(badDay.body.error?.message).toMatch(/^请求内容不对，没有做任何改动：dueDay/);
      expect(await teacher.json<unknown[]>(`/classes/${cls.id}/assignments.json`)).toEqual([]);

      const set = await teacher.post(`/classes/${cls.id}/assignments`, {
        kind: 'mock',
        title: '第一次模考',
        target: 'practice',
        dueDay: '2026-03-20',
      });
      expect(set).toEqual({ status: 200, body: { ok: true } });
      const pulled = await lab.call('pull', { learnerId, since: 0 });
      expect(pulled.body['assignments']).toEqual([
        expect.objectContaining({ kind: 'mock', title: '第一次模考', dueDay: '2026-03-20', done: false }),
      ]);

      // Done: answers in a practice assignment's chapter, or a sitting of a mock assignment's subject, after it was set.
      await teacher.post(`/classes/${cls.id}/assignments`, { kind: 'practice', title: '第九章', target: 'ch9', dueDay: '2026-03-21' });
      await lab.call('push', { learnerId, events: [answerEvent('q1', now - 5 * DAY, true, 'ch9')] });
      const before = await teacher.json<{ title: string; done: number }[]>(`/classes/${cls.id}/assignments.json`);
      expect(before.map((a) => [a.title, a.done])).toEqual([
        ['第一次模考', 0],
        ['第九章', 0],
      ]);
      await lab.call('push', {
        learnerId,
        events: [
          answerEvent('q8', now + 1, true, 'ch9'),
          {
            id: 'exam-2',
            kind: 'exam',
            at: now + 2,
            day: '2026-03-10',
            score: 50,
            passLine: 60,
            payload: { id: 'exam-2', subject: 'practice' },
          },
        ],
      });
      const after = await teacher.json<{ title: string; done: number; doneBy: string[] }[]>(`/classes/${cls.id}/assignments.json`);
      expect(after.map((a) => [a.title, a.done, a.doneBy])).toEqual([
        ['第一次模考', 1, ['钱七']],
        ['第九章', 1, ['钱七']],
      ]);
      // Every table of the page exports: the assignments, who has done each, every mock sitting, the banks.
      const assignmentsCsv = (await teacher.get(`/classes/${cls.id}/assignments.csv`)).body;
      expect(assignmentsCsv).toContain('"练习","第九章","ch9","2026-03-21","1","2","钱七"');
      const doneCsv = (await teacher.get(`/classes/${cls.id}/assignment-done.csv`)).body;
      expect(doneCsv).toContain('"第九章","练习","ch9","2026-03-21","钱七","已完成"');
      // A formula-like learner name is defused in the .csv as in the learner table.
      expect(doneCsv).toContain(`"第九章","练习","ch9","2026-03-21","'=HYPERLINK(""x"")","未完成"`);
      const mocksXlsx = await teacher.bytes(`/classes/${cls.id}/mocks.xlsx`);
      await wb.xlsx.load(mocksXlsx.body as unknown as ArrayBuffer);
      const mockRows: unknown[][] = [];
      wb.worksheets.at(-1)!.eachRow((r) => mockRows.push((r.values as unknown[]).slice(1)));
      expect(mockRows).toEqual([
        ['学员', '日期', '科目', '分数', '及格线', '是否及格'],
        ['钱七', '2026-03-10', '—', 72, 60, '及格'],
        ['钱七', '2026-03-10', 'practice', 50, 60, '未及格'],
      ]);
      // (fetch's text() drops the BOM.)
      expect((await teacher.get(`/classes/${cls.id}/banks.csv`)).body).toBe('"名称","上传时间"\r\n');
      expect((await teacher.get(`/classes/${cls.id}/nothing.csv`)).status).toBe(404);
      // The learner's PC hears which of the class's assignments it has done.
      const again = await lab.call('pull', { learnerId, since: 0 });
      expect((again.body['assignments'] as { title: string; done: boolean }[]).map((a) => [a.title, a.done])).toEqual([
        ['第一次模考', true],
        ['第九章', true],
      ]);
    });

    it('today’s plan: kept / open / none per learner in the centre’s today, kept days of the last 7, replays and streaks unchanged, exported', async () => {
      const { teacher, cls, lab, learnerId, personalCode } = await classWithLearner('计A');
      const open = await new MachineClient(c.url).enrol(cls.code, '计B');
      const opener = new MachineClient(c.url);
      opener.token = open.body['token'] as string;
      await new MachineClient(c.url).enrol(cls.code, '计C');
      const today = new Date(c.clock.now).toISOString().slice(0, 10);
      const dayBefore = (n: number) => new Date(c.clock.now - n * DAY).toISOString().slice(0, 10);
      const kept = [
        planEvent(today, 'open'),
        planEvent(today, 'kept'),
        planEvent(dayBefore(1), 'open'),
        planEvent(dayBefore(1), 'kept'),
        planEvent(dayBefore(6), 'kept'),
        // Outside the 7 days (today and the 6 before it), and a day ahead of the centre (a PC whose clock runs fast).
        planEvent(dayBefore(7), 'kept'),
        planEvent(new Date(c.clock.now + DAY).toISOString().slice(0, 10), 'kept'),
        answerEvent('q1', c.clock.now, true),
      ];
      expect((await lab.call('push', { learnerId, events: kept })).body).toEqual({ accepted: 8, duplicates: 0 });
      // Replayed, and the same day pushed again from the learner's second PC: nothing new.
      expect((await lab.call('push', { learnerId, events: kept })).body).toEqual({ accepted: 0, duplicates: 8 });
      const home = new MachineClient(c.url);
      await home.enrol(cls.code, '计A', personalCode);
      expect((await home.call('push', { learnerId, events: [planEvent(today, 'kept')] })).body).toEqual({ accepted: 0, duplicates: 1 });
      expect(
        (
          await opener.call('push', {
            learnerId: open.body['learnerId'],
            events: [planEvent(today, 'open'), planEvent(dayBefore(2), 'kept')],
          })
        ).body,
      ).toEqual({ accepted: 2, duplicates: 0 });
      // A plan event whose id does not name its own day is refused with the batch.
      const bad = await lab.call('push', { learnerId, events: [{ ...planEvent(today, 'kept'), id: `plan|${dayBefore(1)}|kept` }] });
      expect(bad.status).toBe(400);
      expect(bad.body.error?.message).toContain('今日计划的记录编号不对');

      const rows = await teacher.json<LearnerRow[]>(`/classes/${cls.id}/learners.json`);
      const by = (name: string) => rows.find((r) => r.name === name);
      expect(by('计A')).toMatchObject({ planToday: 'kept', planKeptDays7: 3, answers: 1, streak: 1, lastDay: today });
      // A plan seen is no study day: no answer, no 打卡.
      expect(by('计B')).toMatchObject({ planToday: 'open', planKeptDays7: 1, streak: 0, lastDay: null });
      expect(by('计C')).toMatchObject({ planToday: 'none', planKeptDays7: 0 });
      expect(ClassOverview.parse(await teacher.json(`/classes/${cls.id}/overview.json`)).learners.map((l) => l.planToday)).toEqual([
        'kept',
        'open',
        'none',
      ]);
      // Plan events stay on the centre: the other PC pulls the answer only.
      const pulled = await home.call('pull', { learnerId, since: 0 });
      expect((pulled.body['events'] as { kind: string }[]).map((e) => e.kind)).toEqual(['answer']);

      const csv = await teacher.get(`/classes/${cls.id}/learners.csv`);
      expect(csv.body.split('\r\n')[0]).toContain('"今日计划","近7天完成（天）"');
      expect(csv.body).toContain('"已完成","3"');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await teacher.bytes(`/classes/${cls.id}/learners.xlsx`)).body as unknown as ArrayBuffer);
      const sheet: unknown[][] = [];
      wb.worksheets[0]!.eachRow((r) => sheet.push((r.values as unknown[]).slice(1).slice(-2)));
      expect(sheet).toEqual([
        ['今日计划', '近7天完成（天）'],
        ['已完成', 3],
        ['未完成', 1],
        ['今天未学习', 0],
      ]);
    });

    it('login and enrolment are rate-limited per address', async () => {
      const t = new TeacherClient(c.url);
      const statuses: number[] = [];
      for (let i = 0; i < 32; i++) statuses.push((await t.form('/login', { username: 'nobody', password: 'wrong password' })).status);
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(statuses.at(-1)).toBe(429);
      c.clock.now += 61_000;
      expect((await t.form('/login', { username: 'nobody', password: 'wrong password' })).status).toBe(401);
    });

    it('a teacher uploads a question bank for the class: checked by the bank validator, listed by the pull, fetched by hash', async () => {
      const { teacher, cls, lab, learnerId } = await classWithLearner();
      const upload = (name: string, content: string) =>
        fetch(`${c.url}/classes/${cls.id}/banks`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Cookie: teacher.cookie, Origin: c.url },
          body: JSON.stringify({ name, content }),
        }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> & { error?: { message: string } } }));
      // Refused, in Chinese, and nothing stored: not JSON, not a bank, an item the validator rejects, too large.
      const notJson = await upload('坏文件', '{not json');
      expect(notJson.status).toBe(400);
      expect(notJson.body.error!.message).toContain('不是有效的 JSON');
      const notBank = await upload('坏文件', JSON.stringify({ hello: 1 }));
      expect(notBank.status).toBe(400);
      expect(notBank.body.error!.message).toContain('不是社工路的题库文件');
      const badChapter = await upload('坏文件', centreBankJson('bad', 'no-such-chapter'));
      expect(badChapter.status).toBe(400);
      expect(badChapter.body.error!.message).toMatch(/有 2 处问题.*不在该科目的考试大纲中/);
      const wrongKey = JSON.parse(centreBankJson('key')) as { items: { answer: string[] }[] };
      wrongKey.items[0]!.answer = ['E'];
      expect((await upload('坏文件', JSON.stringify(wrongKey))).body.error!.message).toContain('答案必须是选项中的字母');
      expect((await upload('太大', 'x'.repeat(1024 * 1024 + 1))).status).toBe(413);
      expect(await teacher.json<unknown[]>(`/classes/${cls.id}/banks.json`)).toEqual([]);

      const ok = await upload('第一章机构题', centreBankJson('one'));
      expect(ok.status).toBe(200);
      // The pull lists it by hash; the PC fetches the content, which is the bank marked as this centre's, by its 名称.
      const pulled = await lab.call('pull', { learnerId, since: 0 });
      const banks = pulled.body['banks'] as { id: number; name: string; hash: string }[];
      expect(banks).toEqual([expect.objectContaining({ id: ok.body['id'], name: '第一章机构题', hash: ok.body['hash'] })]);
      const got = await lab.call('bank', { learnerId, bankId: banks[0]!.id });
      expect(got.status).toBe(200);
      const content = JSON.parse(got.body['content'] as string) as { imported: { file: string; scope: string }; items: unknown[] };
      expect(content.imported).toMatchObject({ file: '第一章机构题', scope: 'centre' });
      expect(content.items).toHaveLength(2);
      // Same 名称 again replaces it (new hash); another class's PC cannot read it.
      const again = await upload('第一章机构题', centreBankJson('two', 'jc25-01', 3));
      expect(again.body['id']).toBe(ok.body['id']);
      expect(again.body['hash']).not.toBe(ok.body['hash']);
      const other = await classWithLearner('李四');
      const stranger = await other.lab.call('bank', { learnerId: other.learnerId, bankId: banks[0]!.id });
      expect(stranger.status).toBe(404);
      expect((await other.lab.call('pull', { learnerId: other.learnerId, since: 0 })).body['banks']).toEqual([]);
      // Removed at the centre: the next pull no longer lists it.
      const del = await teacher.post(`/classes/${cls.id}/banks/${banks[0]!.id}/delete`, {});
      expect(del).toEqual({ status: 200, body: { ok: true } });
      expect((await lab.call('pull', { learnerId, since: 0 })).body['banks']).toEqual([]);
      expect((await lab.call('bank', { learnerId, bankId: banks[0]!.id })).status).toBe(404);
    });

    it('a bank uploaded from the page as a file (multipart form) is stored under its 名称', async () => {
      const { teacher, cls } = await classWithLearner();
      const form = new FormData();
      form.set('name', '页面上传');
      form.set('bank', new Blob([centreBankJson('page')], { type: 'application/json' }), 'page.json');
      const res = await fetch(`${c.url}/classes/${cls.id}/banks`, {
        method: 'POST',
        redirect: 'manual',
        headers: { Cookie: teacher.cookie, Origin: c.url },
        body: form,
      });
      expect(res.status).toBe(200);
      expect((await teacher.json<{ name: string }[]>(`/classes/${cls.id}/banks.json`)).map((b) => b.name)).toEqual(['页面上传']);
    });

    it('logs every request without tokens or bodies', async () => {
      const { lab } = await classWithLearner();
      expect(
        c.access.some((l) => / machine:\d+ POST \/api\/sync\/push /.test(l) || / learner:\d+ POST \/api\/sync\/enrol 200 /.test(l)),
      ).toBe(true);
      expect(c.access.join('\n')).not.toContain(lab.token!);
      expect(c.errors).toEqual([]);
    });
  });
}

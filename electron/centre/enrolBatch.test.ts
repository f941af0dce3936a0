import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EnrolBatchResult, MAX_ENROL_BATCH, type LearnerRow } from '@shared/centre/contract';
import { answerEvent, centreForTesting, MachineClient, TeacherClient, type TestCentre } from '../../test/support/centre/centreForTesting';
import { openPglite, type Db } from './db';

let db: Db;
let c: TestCentre;
let n = 0;
const fresh = (p: string) => `${p}${++n}`;

beforeAll(async () => {
  db = await openPglite();
  c = await centreForTesting(db, { attemptsPerMinute: 3, maxBody: 16 * 1024 });
}, 120_000);
afterAll(async () => {
  await c?.close();
  await db?.close();
});
// Each test starts in a new rate-limit window (3 attempts a minute per address here).
beforeEach(() => {
  c.clock.now += 61_000;
});

async function teacherWithClass() {
  const teacher = new TeacherClient(c.url);
  await teacher.signup(fresh('t'));
  const name = fresh('机房班');
  const cls = await teacher.createClass(name);
  return { teacher, cls: { ...cls, name } };
}

const batch = (body: unknown, raw?: string) => new MachineClient(c.url).call('enrol-batch', body, raw);
const learner = (learnerName: string, extra: Record<string, unknown> = {}) => ({ learnerName, consent: true, ...extra });

describe('enrol-batch: every learner of a lab PC in one request', () => {
  it('a batch of 3: each learner enrolled with a token of their own, listed on the teacher page, logged', async () => {
    const { teacher, cls } = await teacherWithClass();
    const r = await batch({ code: cls.code, learners: [learner('甲一'), learner('乙二'), learner('丙三')], machineLabel: '机房 01' });
    expect(r.status).toBe(200);
    const body = EnrolBatchResult.parse(r.body);
    expect(body.className).toBe(cls.name);
    expect(body.results.map((x) => [x.learnerName, x.ok])).toEqual([
      ['甲一', true],
      ['乙二', true],
      ['丙三', true],
    ]);
    const ok = body.results.flatMap((x) => (x.ok ? [x.result] : []));
    expect(new Set(ok.map((x) => x.token)).size).toBe(3);
    expect(ok.every((x) => !x.existing && /^[2-9A-HJKMNP-Z]{8}$/.test(x.personalCode))).toBe(true);
    const rows = await teacher.json<LearnerRow[]>(`/classes/${cls.id}/learners.json`);
    expect(rows.map((l) => [l.name, l.machines]).sort()).toEqual([
      ['丙三', 1],
      ['乙二', 1],
      ['甲一', 1],
    ]);
    // Each token writes for its own learner only (one PC token per learner, so 断开 / 撤销 stay per learner).
    const first = new MachineClient(c.url);
    first.token = ok[0]!.token;
    expect((await first.call('push', { learnerId: ok[0]!.learnerId, events: [answerEvent('q1', c.clock.now, true)] })).status).toBe(200);
    expect((await first.call('push', { learnerId: ok[1]!.learnerId, events: [answerEvent('q1', c.clock.now, true)] })).status).toBe(403);
    const revoked = await teacher.post(`/classes/${cls.id}/learners/${ok[1]!.learnerId}/revoke`, {});
    expect(revoked.status).toBe(200);
    expect((await first.call('pull', { learnerId: ok[0]!.learnerId, since: 0 })).status).toBe(200);
    // One access line for the request, naming the learners it enrolled (never a token or a body).
    const line = c.access.find((l) => l.includes('/api/sync/enrol-batch 200'));
    expect(line).toMatch(new RegExp(` learner:${ok.map((x) => x.learnerId).join(',')} POST /api/sync/enrol-batch 200 `));
    expect(c.access.join('\n')).not.toContain(ok[0]!.token);
    expect(c.access.join('\n')).not.toContain('甲一');
  });

  it('a wrong entry is refused in its own result, with the single enrolment’s message, while the others are enrolled', async () => {
    const { teacher, cls } = await teacherWithClass();
    // 丁四 is already in the class from another PC: joining needs the 个人码, exactly as a single enrolment.
    const other = await new MachineClient(c.url).enrol(cls.code, '丁四');
    const personalCode = other.body['personalCode'] as string;
    c.clock.now += 61_000;
    const r = await batch({
      code: cls.code,
      learners: [
        learner('戊五'),
        learner('   '),
        learner('己六', { consent: false }),
        learner('丁四'),
        learner('丁四', { personalCode: 'ABCDEFGH' }),
        learner('丁四', { personalCode: personalCode.toLowerCase() }),
        'not a learner',
        learner('庚七'),
      ],
    });
    expect(r.status).toBe(200);
    const out = EnrolBatchResult.parse(r.body).results;
    expect(out.map((x) => (x.ok ? ['ok', x.learnerName, x.result.existing] : [x.code, x.learnerName, x.status]))).toEqual([
      ['ok', '戊五', false],
      ['BAD_BODY', '', 400],
      ['BAD_BODY', '己六', 400],
      ['NEEDS_PERSONAL_CODE', '丁四', 409],
      ['WRONG_PERSONAL_CODE', '丁四', 403],
      ['ok', '丁四', true],
      ['BAD_BODY', null, 400],
      ['ok', '庚七', false],
    ]);
    const refusals = out.flatMap((x) => (x.ok ? [] : [x.message]));
    expect(refusals[0]).toMatch(/^请求内容不对，没有做任何改动：learnerName/);
    expect(refusals[1]).toMatch(/^请求内容不对，没有做任何改动：consent/);
    expect(refusals[2]).toContain('个人码');
    expect(refusals[3]).toContain('个人码不对');
    // Same answers as one enrolment at a time would give.
    const single = await new MachineClient(c.url).call('enrol', { code: cls.code, learnerName: '丁四', consent: true });
    expect(single.body.error?.message).toBe(refusals[2]);
    const rows = await teacher.json<LearnerRow[]>(`/classes/${cls.id}/learners.json`);
    expect(rows.map((l) => [l.name, l.machines]).sort()).toEqual([
      ['丁四', 2],
      ['庚七', 1],
      ['戊五', 1],
    ]);
  });

  it('a whole batch counts once against the enrolment rate limit, shared with single enrolments', async () => {
    const { cls } = await teacherWithClass();
    const statuses: number[] = [];
    // 3 attempts a minute: three batches of three learners pass (nine learners), the fourth request is refused.
    for (let i = 0; i < 4; i++) {
      const r = await batch({ code: cls.code, learners: [learner(fresh('学员')), learner(fresh('学员')), learner(fresh('学员'))] });
      statuses.push(r.status);
      if (r.status === 429) expect(r.body.error?.message).toBe('尝试次数太多，请一分钟后再试。');
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await new MachineClient(c.url).enrol(cls.code, fresh('学员'))).status).toBe(429);
    const [count] = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM learners l JOIN classes k ON k.id = l.class_id WHERE k.code = $1',
      [cls.code],
    );
    expect(count!.n).toBe(9);
    c.clock.now += 61_000;
    expect((await batch({ code: cls.code, learners: [learner(fresh('学员'))] })).status).toBe(200);
  });

  it('an unknown code, too many learners, an empty batch or an oversized body is refused whole, with a message, and nothing is stored', async () => {
    const { teacher, cls } = await teacherWithClass();
    const unknown = await batch({ code: 'ZZZZZZ', learners: [learner('辛八')] });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toEqual({ code: 'UNKNOWN_CODE', message: '没有这个班级码，请向老师核对。' });
    const tooMany = await batch({
      code: cls.code,
      learners: Array.from({ length: MAX_ENROL_BATCH + 1 }, (_, i) => learner(`学员${i}`)),
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error?.message).toBe(`请求内容不对，没有做任何改动：learners: 一次最多 ${MAX_ENROL_BATCH} 位学员`);
    c.clock.now += 61_000;
    const empty = await batch({ code: cls.code, learners: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.error?.message).toContain('至少要有一位学员');
    const huge = await batch({ code: cls.code, learners: [learner('壬九', { pad: 'x'.repeat(20 * 1024) })] });
    expect(huge.status).toBe(413);
    expect(huge.body.error?.message).toContain('请求太大');
    c.clock.now += 61_000;
    const notJson = await batch(null, '{"code": "');
    expect(notJson.status).toBe(400);
    expect(notJson.body.error?.message).toContain('不是有效的 JSON');
    expect(await teacher.json<LearnerRow[]>(`/classes/${cls.id}/learners.json`)).toEqual([]);
    expect(c.errors).toEqual([]);
  });
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LearnerRow } from '@shared/centre/contract';
import type { EnrolAllResult, SyncStatus } from '@shared/ipc/contract/sync';
import { openPglite, type Db } from '../../centre/db';
import { centreForTesting, TeacherClient, type TestCentre } from '../../../test/support/centre/centreForTesting';
import { openForTesting } from '../../../test/support/openForTesting';
import { questionsDirForTesting, tempDataDir } from '../../../test/support/questionsDirForTesting';

const T0 = Date.UTC(2026, 2, 10, 4);
let db: Db;
let c: TestCentre;
let teacher: TeacherClient;
const questionsDir = questionsDirForTesting();

beforeAll(async () => {
  db = await openPglite();
  c = await centreForTesting(db, { attemptsPerMinute: 100 });
  teacher = new TeacherClient(c.url);
  await teacher.signup('labadmin');
}, 60_000);
afterAll(async () => {
  await c.close();
  await db.close();
});

/** A lab PC: no learner open, a clock the test moves. */
async function labPc() {
  const clock = { now: T0 };
  const app = await openForTesting({ dataDir: tempDataDir(), questionsDir, now: () => clock.now, learner: undefined });
  const create = async (name: string, pin: string | null = null) => {
    clock.now += 1000;
    return (await app.call<{ id: string }>('profiles:create', { name, level: 'junior', pin })).id;
  };
  const syncFile = (id: string) => readFile(join(app.services.learnerDir(id), 'sync.json'), 'utf8').catch(() => null);
  return { app, clock, create, syncFile };
}

const outcomes = (r: EnrolAllResult) => r.results.map((x) => [x.name, x.outcome, x.message]);

describe('sync:enrolAll — the administrator connects every learner of a lab PC in one step', () => {
  it('needs the administrator PIN, connects only the learners not yet connected, and says how each fared', async () => {
    const cls = await teacher.createClass('机房一班');
    const lab = await labPc();
    // 陈早 set her own PIN before the PC had an administrator PIN: the administrator may not act for her.
    const early = await lab.create('陈早', '1357');
    const args = { centreUrl: c.url, code: cls.code, consent: true };

    // No administrator PIN on the PC: nobody may consent for everyone.
    await expect(lab.app.call('sync:enrolAll', args)).rejects.toThrow(/FORBIDDEN: .*请先在“设置 → 培训机构管理（老师用）”中设置管理员密码/);
    lab.clock.now += 1000;
    await lab.app.call('admin:setPin', { next: '24680' });
    const one = await lab.create('王一');
    const two = await lab.create('李二', '9753');
    // 赵三 connected himself earlier: left alone.
    const three = await lab.create('赵三');
    const own = await lab.app.call<SyncStatus>('sync:connect', { centreUrl: c.url, code: cls.code, learnerName: '赵三', consent: true });
    expect(own.connected).toBe(true);
    const before = await lab.syncFile(three);

    // The PIN: missing, wrong, then right.
    await expect(lab.app.call('sync:enrolAll', args)).rejects.toThrow(/FORBIDDEN: .*需要管理员密码/);
    await expect(lab.app.call('sync:enrolAll', { ...args, adminPin: '11111' })).rejects.toThrow(/管理员密码不正确/);
    // A wrong code or an unreachable centre refuses the whole step, in the single 连接's words; nothing is written.
    await expect(lab.app.call('sync:enrolAll', { ...args, adminPin: '24680', code: 'ZZZZZZ' })).rejects.toThrow(
      /REFUSED: 没有这个班级码，请向老师核对。/,
    );
    await expect(lab.app.call('sync:enrolAll', { ...args, adminPin: '24680', centreUrl: 'http://127.0.0.1:9' })).rejects.toThrow(
      /REFUSED: 连不上培训机构/,
    );
    await expect(lab.app.call('sync:enrolAll', { ...args, adminPin: '24680', centreUrl: 'ftp://x/y' })).rejects.toThrow(/地址不对/);
    expect(await lab.syncFile(one)).toBeNull();

    const r = await lab.app.call<EnrolAllResult>('sync:enrolAll', { ...args, adminPin: '24680' });
    expect(r.className).toBe('机房一班');
    expect(outcomes(r)).toEqual([
      ['陈早', 'failed', expect.stringContaining('管理员不能替他同意连接')],
      ['王一', 'connected', null],
      ['李二', 'connected', null],
      ['赵三', 'already', null],
    ]);
    expect(r.results.map((x) => x.profileId)).toEqual([early, one, two, three]);
    expect(await lab.syncFile(early)).toBeNull();
    expect(await lab.syncFile(three)).toBe(before);
    // Each learner has a link of their own (own token), written as a single 连接 writes it.
    const links = await Promise.all([one, two].map(async (id) => JSON.parse((await lab.syncFile(id))!) as Record<string, unknown>));
    expect(links.map((l) => [l['learnerName'], l['className'], l['centreUrl'], l['cursor']])).toEqual([
      ['王一', '机房一班', c.url, 0],
      ['李二', '机房一班', c.url, 0],
    ]);
    expect(links[0]!['token']).not.toBe(links[1]!['token']);
    const rows = await teacher.json<LearnerRow[]>(`/classes/${cls.id}/learners.json`);
    expect(rows.map((l) => l.name).sort()).toEqual(['李二', '王一', '赵三']);

    // Opening 王一: the app shows the link and syncs it.
    await lab.app.call('profiles:open', { id: one });
    const status = await lab.app.call<SyncStatus>('sync:now');
    expect(status).toMatchObject({ connected: true, learnerName: '王一', className: '机房一班', state: 'synced' });

    // Again: everyone is connected or out of reach; the centre is not asked.
    const again = await lab.app.call<EnrolAllResult>('sync:enrolAll', { ...args, adminPin: '24680', code: 'ZZZZZZ' });
    expect(again.className).toBeNull();
    expect(again.results.map((x) => x.outcome)).toEqual(['failed', 'already', 'already', 'already']);
    await lab.app.dispose();
  });

  it('the learner open on the PC is synced before the step returns: the header says 已同步 at once', async () => {
    const cls = await teacher.createClass('机房三班');
    const lab = await labPc();
    lab.clock.now += 1000;
    await lab.app.call('admin:setPin', { next: '2468' });
    const open = await lab.create('钱九');
    await lab.create('孙十');
    await lab.app.call('profiles:open', { id: open });
    const r = await lab.app.call<EnrolAllResult>('sync:enrolAll', { centreUrl: c.url, code: cls.code, adminPin: '2468', consent: true });
    expect(r.results.map((x) => x.outcome)).toEqual(['connected', 'connected']);
    // Asked right after, as the 设置 panel does: no round still to come.
    const status = await lab.app.call<SyncStatus>('sync:status');
    expect(status).toMatchObject({ connected: true, learnerName: '钱九', state: 'synced', pending: 0 });
    expect(status.lastSyncAt).not.toBeNull();
    await lab.app.dispose();
  });

  it('a name already in the class is refused for that learner only, with what to do', async () => {
    const cls = await teacher.createClass('机房二班');
    const first = await labPc();
    first.clock.now += 1000;
    await first.app.call('admin:setPin', { next: '1234' });
    const zhouFirst = await first.create('周五');
    await first.create('吴六');
    const done = await first.app.call<EnrolAllResult>('sync:enrolAll', {
      centreUrl: c.url,
      code: cls.code,
      adminPin: '1234',
      consent: true,
    });
    expect(done.results.map((x) => x.outcome)).toEqual(['connected', 'connected']);

    const second = await labPc();
    second.clock.now += 1000;
    await second.app.call('admin:setPin', { next: '1234' });
    const zhou = await second.create('周五');
    await second.create('郑七');
    const args = { centreUrl: c.url, code: cls.code, adminPin: '1234', consent: true };
    const r = await second.app.call<EnrolAllResult>('sync:enrolAll', args);
    expect(outcomes(r)).toEqual([
      ['周五', 'failed', expect.stringContaining('请在下面填写他的个人码')],
      ['郑七', 'connected', null],
    ]);
    expect(r.results.map((x) => x.needsPersonalCode)).toEqual([true, false]);

    // It is the same 周五: the administrator types his 个人码 (shown on the first PC). A wrong one first.
    const firstState = JSON.parse((await first.syncFile(zhouFirst))!) as { personalCode: string; centreLearnerId: string };
    const wrong = await second.app.call<EnrolAllResult>('sync:enrolAll', { ...args, personalCodes: { [zhou]: 'AAAAAAAA' } });
    expect(outcomes(wrong)).toEqual([
      ['周五', 'failed', expect.stringContaining('个人码不对')],
      ['郑七', 'already', null],
    ]);
    expect(wrong.results[0]!.needsPersonalCode).toBe(true);
    // Not shaped like a 个人码 (7 characters, an O for a 0): the same message, the field stays.
    for (const bad of ['K7M2P9Q', 'OOOOOOOO']) {
      const malformed = await second.app.call<EnrolAllResult>('sync:enrolAll', { ...args, personalCodes: { [zhou]: bad } });
      expect(malformed.results[0]).toMatchObject({
        outcome: 'failed',
        needsPersonalCode: true,
        message: expect.stringContaining('个人码不对'),
      });
    }
    expect(await second.syncFile(zhou)).toBeNull();
    const right = await second.app.call<EnrolAllResult>('sync:enrolAll', {
      ...args,
      // Typed in lower case with spaces around, as people do.
      personalCodes: { [zhou]: ` ${firstState.personalCode.toLowerCase()} ` },
    });
    expect(outcomes(right)).toEqual([
      ['周五', 'connected', null],
      ['郑七', 'already', null],
    ]);
    // One learner on the centre, on two PCs: the same centre learner and 个人码.
    const secondState = JSON.parse((await second.syncFile(zhou))!) as { personalCode: string; centreLearnerId: string };
    expect(secondState.centreLearnerId).toBe(firstState.centreLearnerId);
    expect(secondState.personalCode).toBe(firstState.personalCode);
    // A 个人码 list that is not a list of codes is refused before anything is sent.
    await expect(second.app.call('sync:enrolAll', { ...args, personalCodes: { [zhou]: '' } })).rejects.toThrow(/BAD_REQUEST|INVALID/);
    await first.app.dispose();
    await second.app.dispose();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, type Db } from '../../centre/db';
import { startCentre } from '../../centre/server';
import { loadOrCreateTls } from '../../centre/tls';
import { normaliseCentreUrl } from './centreClient';
import { centreForTesting, TeacherClient, type TestCentre } from '../../../test/support/centre/centreForTesting';
import { openForTesting } from '../../../test/support/openForTesting';
import { questionsDirForTesting, tempDataDir } from '../../../test/support/questionsDirForTesting';
import { MAX_CENTRE_BANK_BYTES, type LearnerRow } from '@shared/centre/contract';
import { centreBankJson } from '../../../test/support/centre/centreBankFixture';
import { readdirSync } from 'node:fs';
import { centreBanksDirOf } from './centreBankFiles';
import type { SyncStatus } from '@shared/ipc/contract/sync';

const T0 = Date.UTC(2026, 2, 10, 4);
let db: Db;
let c: TestCentre;
let teacher: TeacherClient;
const questionsDir = questionsDirForTesting();

beforeAll(async () => {
  db = await openPglite();
  c = await centreForTesting(db);
  teacher = new TeacherClient(c.url);
  await teacher.signup('syncteacher');
}, 60_000);
afterAll(async () => {
  await c.close();
  await db.close();
});

let clock = T0;
async function pc(learner = 'default') {
  return openForTesting({ dataDir: tempDataDir(), questionsDir, now: () => clock, learner });
}
type PC = Awaited<ReturnType<typeof pc>>;

async function answer(p: PC, questionId: string, correct: boolean) {
  clock += 1000;
  await p.services.answers.append({
    questionId,
    at: clock,
    choice: ['A'],
    correct,
    score: correct ? 1 : 0,
    responseMs: 900,
    mode: 'practice',
  });
}

const history = async (p: PC) => (await p.services.answers.history()).map((r) => `${r.questionId}@${r.at}`).sort();

describe('desktop sync with a centre', () => {
  it('a PC that never connects makes no request and reports 未连接', async () => {
    const requests: string[] = [];
    const p = await pc();
    const { createSyncEngine } = await import('./syncEngine');
    const engine = createSyncEngine(p.services, { fetch: (async (u: string) => (requests.push(u), new Response('{}'))) as typeof fetch });
    await answer(p, 'jc25-06-001', true);
    expect((await engine.status()).state).toBe('off');
    expect((await engine.syncNow()).state).toBe('off');
    expect(requests).toEqual([]);
    await engine.stop();
    await p.dispose();
  });

  it('lab and home PCs of one learner end with one history; the teacher sees each answer once; an assignment reaches both', async () => {
    const cls = await teacher.createClass('周末班');
    const lab = await pc();
    const home = await pc();
    await answer(lab, 'jc25-06-001', true);
    await answer(lab, 'jc25-06-002', false);
    const joined = await lab.call<SyncStatus>('sync:connect', {
      // A plain-HTTP centre is typed with its http:// (a bare address means HTTPS, the centre's default).
      centreUrl: c.url,
      code: cls.code.toLowerCase(),
      learnerName: '陈一',
      consent: true,
    });
    expect(joined).toMatchObject({ connected: true, state: 'synced', pending: 0, className: '周末班' });
    // Home without the 个人码 is refused with a message that says where to find it.
    await expect(home.call('sync:connect', { centreUrl: c.url, code: cls.code, learnerName: '陈一', consent: true })).rejects.toThrow(
      /个人码/,
    );
    await answer(home, 'jc25-06-003', true);
    const homeStatus = await home.call<SyncStatus>('sync:connect', {
      centreUrl: c.url,
      code: cls.code,
      learnerName: '陈一',
      personalCode: joined.personalCode,
      consent: true,
    });
    expect(homeStatus.state).toBe('synced');
    expect(await history(home)).toHaveLength(3);
    await lab.call('sync:now');
    expect(await history(lab)).toEqual(await history(home));
    // Syncing again changes nothing anywhere.
    await lab.call('sync:now');
    await home.call('sync:now');
    expect(await history(lab)).toHaveLength(3);
    const [row] = await teacher.json<LearnerRow[]>(`/classes/${cls.id}/learners.json`);
    expect(row).toMatchObject({ name: '陈一', answers: 3, machines: 2 });

    await teacher.form(`/classes/${cls.id}/assignments`, { kind: 'practice', title: '第六章练习', target: 'jc-06', dueDay: '2026-03-15' });
    const s = await home.call<SyncStatus>('sync:now');
    expect(s.assignments).toEqual([expect.objectContaining({ title: '第六章练习', target: 'jc-06', dueDay: '2026-03-15' })]);
    await lab.dispose();
    await home.dispose();
  });

  it('the centre stopped mid-push: the PC reports 等待同步 with the count, nothing is lost or doubled when it returns', async () => {
    const cls = await teacher.createClass('晚班');
    const lab = await pc();
    await lab.call('sync:connect', { centreUrl: c.url, code: cls.code, learnerName: '周二', consent: true });
    const port = Number(new URL(c.url).port);
    for (let i = 0; i < 5; i++) await answer(lab, 'jc25-06-001', i % 2 === 0);
    await c.close();
    const offline = await lab.call<SyncStatus>('sync:now');
    expect(offline).toMatchObject({ state: 'offline', pending: 5 });
    expect(offline.message).toContain('连不上培训机构');
    expect(await history(lab)).toHaveLength(5);
    // The centre returns on the same address and database; the PC catches up.
    const back = await startCentre({
      db,
      host: '127.0.0.1',
      port,
      now: () => clock,
      today: () => '2026-03-10',
      logAccess: () => {},
      log: () => {},
    });
    c = { ...c, ...back };
    const s = await lab.call<SyncStatus>('sync:now');
    expect(s).toMatchObject({ state: 'synced', pending: 0 });
    const [row] = await teacher.json<LearnerRow[]>(`/classes/${cls.id}/learners.json`);
    expect(row!.answers).toBe(5);
    await lab.dispose();
  });

  it('the connection drops after the centre stored a batch but before the PC heard back: the retry doubles nothing', async () => {
    const cls = await teacher.createClass('午班');
    const p = await pc();
    const { createSyncEngine } = await import('./syncEngine');
    let cut = true;
    // The first push reaches the centre and is committed, then the answer is lost on the way back.
    const flaky = (async (url: string, init?: RequestInit) => {
      const res = await fetch(url, init);
      if (cut && url.endsWith('/push')) {
        cut = false;
        throw new TypeError('socket hang up');
      }
      return res;
    }) as typeof fetch;
    const engine = createSyncEngine(p.services, { fetch: flaky, maxBatchBytes: 4096 });
    for (let i = 0; i < 30; i++) await answer(p, 'jc25-06-003', true);
    await engine.connect({ centreUrl: c.url, code: cls.code, learnerName: '郑四' });
    const after = await engine.status();
    expect(after).toMatchObject({ state: 'offline', pending: 30 });
    expect((await engine.syncNow()).state).toBe('synced');
    const [row] = await teacher.json<LearnerRow[]>(`/classes/${cls.id}/learners.json`);
    expect(row!.answers).toBe(30);
    await engine.stop();
    await p.dispose();
  });

  it('立即同步 while a background round is on the way still sends the answer given meanwhile; the count is live', async () => {
    const cls = await teacher.createClass('夜班');
    const p = await pc();
    const { createSyncEngine } = await import('./syncEngine');
    let hold: (() => void) | null = null;
    let held: () => void = () => {};
    const pushSeen = new Promise<void>((r) => (held = r));
    // The first push of the test waits at the door until released: the round already read the events before it.
    const gated = (async (url: string, init?: RequestInit) => {
      if (url.endsWith('/push') && !hold) {
        await new Promise<void>((r) => {
          hold = r;
          held();
        });
      }
      return fetch(url, init);
    }) as typeof fetch;
    const engine = createSyncEngine(p.services, { fetch: gated });
    await engine.connect({ centreUrl: c.url, code: cls.code, learnerName: '冯五' });
    await answer(p, 'jc25-06-001', true);
    const background = engine.syncNow();
    await pushSeen;
    await answer(p, 'jc25-06-002', false);
    // Counted at once, not at the next round.
    expect(await engine.status()).toMatchObject({ state: 'pending', pending: 2 });
    const now = engine.syncNow();
    hold!();
    await background;
    expect(await now).toMatchObject({ state: 'synced', pending: 0 });
    const [row] = await teacher.json<LearnerRow[]>(`/classes/${cls.id}/learners.json`);
    expect(row!.answers).toBe(2);
    await engine.stop();
    await p.dispose();
  });

  it('a revoked PC keeps its records and says so; 断开并删除 removes the learner from the centre', async () => {
    const cls = await teacher.createClass('周三班');
    const lab = await pc();
    const st = await lab.call<SyncStatus>('sync:connect', { centreUrl: c.url, code: cls.code, learnerName: '吴三', consent: true });
    await answer(lab, 'jc25-06-001', true);
    await lab.call('sync:now');
    const [learner] = await teacher.json<LearnerRow[]>(`/classes/${cls.id}/learners.json`);
    await teacher.form(`/classes/${cls.id}/learners/${learner!.learnerId}/revoke`, {});
    await answer(lab, 'jc25-06-002', true);
    const revoked = await lab.call<SyncStatus>('sync:now');
    expect(revoked.state).toBe('revoked');
    expect(revoked.message).toContain('停止这台电脑的同步');
    expect(await history(lab)).toHaveLength(2);

    // A fresh connection from another PC, then 断开并删除: the centre forgets the learner.
    const home = await pc();
    await home.call('sync:connect', {
      centreUrl: c.url,
      code: cls.code,
      learnerName: '吴三',
      personalCode: st.personalCode,
      consent: true,
    });
    const off = await home.call<SyncStatus>('sync:disconnect', { deleteOnCentre: true });
    expect(off.state).toBe('off');
    expect(await teacher.json<LearnerRow[]>(`/classes/${cls.id}/learners.json`)).toEqual([]);
    expect(await history(home)).toHaveLength(1);
    await lab.dispose();
    await home.dispose();
  });

  it('HTTPS: the PC pins the centre’s certificate on enrolment; a centre showing another certificate is refused and sent nothing', async () => {
    expect(normaliseCentreUrl('192.168.1.10:7418')).toBe('https://192.168.1.10:7418');
    expect(normaliseCentreUrl('http://192.168.1.10:7418')).toBe('http://192.168.1.10:7418');
    const cls = await teacher.createClass('加密班');
    const dir = tempDataDir();
    const tls = await loadOrCreateTls(dir, '127.0.0.1');
    // The same certificate on every start: the PCs that pinned it keep trusting it.
    expect(await loadOrCreateTls(dir, '127.0.0.1')).toEqual(tls);
    const opts = { db, host: '127.0.0.1', now: () => clock, today: () => '2026-03-10', logAccess: () => {}, log: () => {} };
    let secure = await startCentre({ ...opts, port: 0, tls });
    expect(secure.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const port = Number(new URL(secure.url).port);
    const p = await pc();
    try {
      await answer(p, 'jc25-06-001', true);
      const st = await p.call<SyncStatus>('sync:connect', {
        centreUrl: `127.0.0.1:${port}`,
        code: cls.code,
        learnerName: '孙六',
        consent: true,
      });
      expect(st).toMatchObject({ state: 'synced', pending: 0, centreUrl: secure.url, fingerprint: tls.fingerprint });

      // Someone else answers on the same address with another certificate: refused, nothing sent, the answer waits.
      await secure.close();
      const other = await loadOrCreateTls(tempDataDir(), '127.0.0.1');
      expect(other.fingerprint).not.toBe(tls.fingerprint);
      secure = await startCentre({ ...opts, port, tls: other });
      await answer(p, 'jc25-06-002', false);
      const refused = await p.call<SyncStatus>('sync:now');
      expect(refused).toMatchObject({ state: 'offline', pending: 1 });
      expect(refused.message).toContain('证书和连接时记下的不一样');

      // The real centre again: the PC catches up.
      await secure.close();
      secure = await startCentre({ ...opts, port, tls });
      expect(await p.call<SyncStatus>('sync:now')).toMatchObject({ state: 'synced', pending: 0 });
      const [row] = await teacher.json<LearnerRow[]>(`/classes/${cls.id}/learners.json`);
      expect(row).toMatchObject({ name: '孙六', answers: 2 });
    } finally {
      await secure.close();
      await p.dispose();
    }
  });

  it('the class’s question banks: stored on the PC, joined to chapter practice, replaced when changed, removed with answers kept; a bad one is refused', async () => {
    const cls = await teacher.createClass('题库班');
    const upload = async (name: string, content: string) => {
      const r = await fetch(`${c.url}/classes/${cls.id}/banks`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: teacher.cookie, Origin: c.url },
        body: JSON.stringify({ name, content }),
      });
      expect(r.status).toBe(200);
      return (await r.json()) as { id: number };
    };
    const first = await upload('第一章机构题', centreBankJson('alpha'));
    const p = await pc();
    const { createSyncEngine } = await import('./syncEngine');
    // The second bank is sent damaged on the way (as from a faulty or hostile centre): it must be refused, not stored.
    let tamper = false;
    const tampering = (async (u: string | URL | Request, init?: RequestInit) => {
      const res = await fetch(u, init);
      if (!tamper || !String(u).endsWith('/api/sync/bank')) return res;
      const b = (await res.json()) as Record<string, unknown>;
      // The first damaged copy is cut short, the next one (fetched at the next version) far too large.
      const content = b['name'] === '坏在路上' ? '{"bankVersion":1,"subject":"jc","items":[' : ' '.repeat(MAX_CENTRE_BANK_BYTES + 1);
      return new Response(JSON.stringify({ ...b, content }), { status: 200 });
    }) as typeof fetch;
    const engine = createSyncEngine(p.services, { fetch: tampering });
    const chapterIds = async () =>
      (await p.call<{ questions: { id: string }[] }>('practice:start', { subject: 'jc', chapter: 'jc25-01' })).questions.map((q) => q.id);
    try {
      await engine.connect({ centreUrl: c.url, code: cls.code, learnerName: '题库学员' });
      const dir = centreBanksDirOf(p.services.learnerDir(p.services.learnerId!));
      expect(readdirSync(dir)).toHaveLength(1);
      const ids = await chapterIds();
      expect(ids).toHaveLength(2);
      expect(ids.every((id) => id.startsWith('imp-jc-'))).toBe(true);
      // Marked as the centre's bank, by its 名称.
      const item = p.services.bank.item(ids[0]!)!;
      expect('imported' in item && item.imported).toMatchObject({ file: '第一章机构题', scope: 'centre' });
      await answer(p, ids[0]!, true);

      // Replaced at the centre (same 名称, new content): the PC holds the new version only.
      await upload('第一章机构题', centreBankJson('beta', 'jc25-01', 3));
      await engine.syncNow();
      expect(readdirSync(dir)).toHaveLength(1);
      const replaced = await chapterIds();
      expect(replaced).toHaveLength(3);
      expect(replaced).not.toContain(ids[0]);
      // Answered wrongly: in the 错题本 until its bank goes.
      await answer(p, replaced[0]!, false);

      // A bank damaged on the way is refused with a notice; the app and the other bank go on.
      tamper = true;
      await upload('坏在路上', centreBankJson('gamma', 'jc25-02'));
      const st = await engine.syncNow();
      expect(st.state).toBe('synced');
      expect(p.services.notices.join('\n')).toMatch(/题库“坏在路上”无法使用/);
      expect(readdirSync(dir)).toHaveLength(1);
      expect((await chapterIds()).sort()).toEqual([...replaced].sort());
      await upload('太大的题库', centreBankJson('delta', 'jc25-02'));
      expect((await engine.syncNow()).state).toBe('synced');
      expect(p.services.notices.join('\n')).toMatch(/题库“太大的题库”无法使用（文件太大）/);
      expect(readdirSync(dir)).toHaveLength(1);
      tamper = false;

      // Removed at the centre: gone from practice at the next sync, the answer to its old item kept in the log.
      const listed = await teacher.json<{ id: number }[]>(`/classes/${cls.id}/banks.json`);
      for (const b of listed) await teacher.form(`/classes/${cls.id}/banks/${b.id}/delete`, {});
      expect(listed.map((b) => b.id)).toContain(first.id);
      await engine.syncNow();
      expect(readdirSync(dir)).toHaveLength(0);
      expect(await chapterIds()).toEqual([]);
      expect(p.services.bank.item(replaced[0]!)).toBeUndefined();
      expect(await history(p)).toEqual([expect.stringContaining(ids[0]!), expect.stringContaining(replaced[0]!)].sort());
      // Shown as 已删除 (a removed bank's items), like a removed imported bank.
      expect(await p.call('collections:withdrawn')).toMatchObject({ mistakes: 0, deleted: { mistakes: 1 } });
    } finally {
      await engine.stop();
      await p.dispose();
    }
  });

  it('a wrong address or unreachable centre is a clear refusal, and nothing is saved', async () => {
    const p = await pc();
    await expect(p.call('sync:connect', { centreUrl: 'http://x/y?z', code: 'ABCDEF', learnerName: 'a', consent: true })).rejects.toThrow(
      /地址不对/,
    );
    await expect(p.call('sync:connect', { centreUrl: '127.0.0.1:1', code: 'ABCDEF', learnerName: 'a', consent: true })).rejects.toThrow(
      /连不上培训机构/,
    );
    expect((await p.call<SyncStatus>('sync:status')).state).toBe('off');
    await p.dispose();
  });
});

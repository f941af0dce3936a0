import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CentreBank } from '@shared/centre/contract';
import type { ImportedBankInfo } from '@shared/ipc/contract/import';
import { centreBankJson } from '../../../test/support/centre/centreBankFixture';
import { openForTesting, type TestApp } from '../../../test/support/openForTesting';
import { questionsDirForTesting, tempDataDir } from '../../../test/support/questionsDirForTesting';
import { centreFolderOf } from '../bank/centreFolder';
import { bankKey, setTodayBank, todayKeyOf } from '../import/todayBanks';
import { applyCentreBanks, centreBanksDirOf, classBankIdOf } from '../sync/centreBankFiles';
import { writeSyncState } from '../sync/syncState';

const T0 = Date.UTC(2026, 2, 10, 4);
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** A bank as the centre stores and serves it: the uploaded file in the imported format, marked with its 名称. */
function served(id: number, name: string, tag: string, n = 2): CentreBank {
  const b = JSON.parse(centreBankJson(tag, 'jc25-01', n)) as Record<string, unknown>;
  const content = JSON.stringify({ ...b, imported: { file: name, at: T0, scope: 'centre' } });
  return { id, name, hash: sha(content), uploadedAt: T0, content };
}

/** One pull of the class's banks, as the sync engine runs it (the real file code), then the bank read again. */
async function pull(app: TestApp, banks: CentreBank[]): Promise<void> {
  const dir = app.services.learnerDir(app.services.learnerId!);
  const byId = new Map(banks.map((b) => [b.id, b]));
  await applyCentreBanks(
    dir,
    banks.map(({ content: _c, ...ref }) => ref),
    async (id) => byId.get(id) ?? null,
    (name, why) => {
      throw new Error(`refused ${name}: ${why}`);
    },
  );
  await app.services.reloadBank(centreFolderOf(app.services.config, app.services.machine).dir);
}

async function connected(): Promise<{ app: TestApp; learnerDir: string }> {
  const app = await openForTesting({ dataDir: tempDataDir(), questionsDir: questionsDirForTesting(), now: T0 });
  await app.call('settings:update', { level: 'junior', dailyNewOverride: 500 });
  const learnerDir = app.services.learnerDir(app.services.learnerId!);
  // The link 连接培训机构 saves; its centre is unreachable here (断开 works offline, and no round can change the banks).
  await writeSyncState(learnerDir, {
    version: 1,
    centreUrl: 'http://127.0.0.1:9',
    token: 't'.repeat(40),
    centreLearnerId: 1,
    personalCode: 'ABCDEF',
    className: '2026 春季班',
    learnerName: '王芳',
    cursor: 0,
    known: [],
    lastSyncAt: null,
    assignments: [],
    revoked: false,
    certPem: null,
    fingerprint: null,
  });
  return { app, learnerDir };
}

const classRows = async (app: TestApp) => (await app.call<ImportedBankInfo[]>('import:list')).filter((b) => b.scope === 'class');
const todayImported = async (app: TestApp) =>
  (await app.call<{ questions: { id: string }[] }>('today:start')).questions.map((q) => q.id).filter((id) => id.startsWith('imp-'));
const chapterImported = async (app: TestApp) =>
  (await app.call<{ questions: { id: string }[] }>('practice:start', { subject: 'jc', chapter: 'jc25-01' })).questions
    .map((q) => q.id)
    .filter((id) => id.startsWith('imp-'));

describe('class banks in 我的题库', () => {
  it('keys a class bank’s switch by its id at the centre, whatever version of the file holds it', () => {
    expect(classBankIdOf('bank-7-0123456789abcdef.json')).toBe(7);
    expect(classBankIdOf('导入-x.json')).toBeNull();
    expect(classBankIdOf('bank-7-XYZ.json')).toBeNull();
    expect(bankKey('class', 'bank-7-0123456789abcdef.json')).toBe('班级题库/7');
    expect(bankKey('class', 'bank-7-fedcba9876543210.json')).toBe('班级题库/7');
    expect(todayKeyOf('我的题库/centre/bank-7-0123456789abcdef.json')).toBe('班级题库/7');
    // The learner's own banks and the PC's 机构题库 keep their keys (switches set before this stay on).
    expect(todayKeyOf('我的题库/导入-x-1.json')).toBe(bankKey('learner', '导入-x-1.json'));
    expect(todayKeyOf('机构题库/a.json')).toBe(bankKey('centre', 'a.json'));
  });

  it('lists a pulled class bank with its class and centre, without 删除; its 今日学习 switch survives a re-pull', async () => {
    const { app, learnerDir } = await connected();
    try {
      await pull(app, [served(7, '第一章机构题', 'alpha')]);
      const [row, ...more] = await classRows(app);
      expect(more).toEqual([]);
      expect(row).toMatchObject({
        scope: 'class',
        file: '第一章机构题',
        subject: 'jc',
        items: 2,
        today: false,
        origin: { className: '2026 春季班', centre: '127.0.0.1:9' },
      });
      // The centre manages it: the PC cannot delete it (it would come back at the next sync).
      await expect(app.call('import:remove', { bankFile: row!.bankFile, scope: 'class' })).rejects.toThrow('BAD_REQUEST');
      expect(existsSync(join(centreBanksDirOf(learnerDir), row!.bankFile))).toBe(true);

      // Off at first: in chapter practice, not in 今日学习; switched on, in both.
      expect(await chapterImported(app)).toHaveLength(2);
      expect(await todayImported(app)).toEqual([]);
      expect(await app.call('import:setToday', { bankFile: row!.bankFile, scope: 'class', on: true })).toEqual({ today: true });
      expect((await todayImported(app)).sort()).toEqual((await chapterImported(app)).sort());
      expect(JSON.parse(readFileSync(join(learnerDir, 'import-today.json'), 'utf8'))).toEqual({ version: 1, banks: ['班级题库/7'] });

      // The teacher replaces it (same id, new content): a new file, the switch still on, the new items in 今日学习.
      await pull(app, [served(7, '第一章机构题', 'beta', 3)]);
      const [next] = await classRows(app);
      expect(next).toMatchObject({ file: '第一章机构题', items: 3, today: true });
      expect(next!.bankFile).not.toBe(row!.bankFile);
      const newIds = await chapterImported(app);
      expect(newIds).toHaveLength(3);
      expect((await todayImported(app)).sort()).toEqual([...newIds].sort());
      // A switch sent from a list shown before the re-pull still reaches the bank (matched by its id).
      expect(await app.call('import:setToday', { bankFile: row!.bankFile, scope: 'class', on: false })).toEqual({ today: false });
      expect(await todayImported(app)).toEqual([]);
      await expect(app.call('import:setToday', { bankFile: 'bank-8-0123456789abcdef.json', scope: 'class', on: true })).rejects.toThrow(
        'NOT_FOUND',
      );

      // A second class bank has a switch of its own (off).
      await app.call('import:setToday', { bankFile: next!.bankFile, scope: 'class', on: true });
      await pull(app, [served(7, '第一章机构题', 'beta', 3), served(8, '补充题', 'gamma')]);
      expect((await classRows(app)).map((b) => [b.file, b.today])).toEqual([
        ['第一章机构题', true],
        ['补充题', false],
      ]);
    } finally {
      await app.dispose();
    }
  });

  it('断开 removes the class banks from 我的题库, practice and 今日学习; the learner’s own banks and answers stay', async () => {
    const { app, learnerDir } = await connected();
    try {
      await pull(app, [served(7, '第一章机构题', 'alpha')]);
      const [row] = await classRows(app);
      await app.call('import:setToday', { bankFile: row!.bankFile, scope: 'class', on: true });
      const [answered] = await chapterImported(app);
      await app.call('practice:answer', { questionId: answered, choice: ['A'], responseMs: 4000 });
      // The switch of one of the learner's own banks is kept through 断开.
      await setTodayBank(learnerDir, bankKey('learner', '导入-自己的-1.json'), true);

      const off = await app.call<{ connected: boolean }>('sync:disconnect', { deleteOnCentre: false });
      expect(off.connected).toBe(false);
      expect(await classRows(app)).toEqual([]);
      expect(await chapterImported(app)).toEqual([]);
      expect(await todayImported(app)).toEqual([]);
      expect(existsSync(centreBanksDirOf(learnerDir))).toBe(false);
      expect(JSON.parse(readFileSync(join(learnerDir, 'import-today.json'), 'utf8'))).toEqual({
        version: 1,
        banks: ['我的题库/导入-自己的-1.json'],
      });
      expect((await app.services.answers.history()).map((r) => r.questionId)).toEqual([answered]);
    } finally {
      await app.dispose();
    }
  });
});

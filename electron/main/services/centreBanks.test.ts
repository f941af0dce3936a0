import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { singleItemForTesting } from '../../../test/support/bankFixtures';
import { questionsDirForTesting, tempDataDir } from '../../../test/support/questionsDirForTesting';
import { servicesForTesting } from '../../../test/support/openForTesting';
import { centreStatus, reloadCentre, setCentreFolder } from './centreBanks';
import { setAdminPin } from './admin';

describe('centre banks', () => {
  it('loads valid centre items for every learner, reports a bad file by name and skips it', async () => {
    const dataDir = tempDataDir();
    const centre = join(dataDir, 'centre-banks');
    mkdirSync(join(centre, '2027春季班'), { recursive: true });
    writeFileSync(
      join(centre, '2027春季班', '个案.json'),
      JSON.stringify({
        bankVersion: 1,
        subject: 'jc',
        items: [singleItemForTesting({ id: 'centre-jc25-06-001', stem: '机构自编题（　）。' })],
      }),
    );
    writeFileSync(join(centre, 'broken.json'), '{ "bankVersion": 1, "subject": "jc", "items": [ { "id": "x" ');
    writeFileSync(
      join(centre, 'dup.json'),
      JSON.stringify({ bankVersion: 1, subject: 'jc', items: [singleItemForTesting({ id: 'jc25-06-001' })] }),
    );
    const s = await servicesForTesting({ learner: 'default', dataDir, questionsDir: questionsDirForTesting(), now: () => 0 });
    expect(s.bank.item('centre-jc25-06-001')?.type).toBe('single');
    expect(s.bank.itemsInChapter('jc25-06').map((i) => i.id)).toContain('centre-jc25-06-001');
    expect(s.bank.problems.map((p) => [p.file, p.field])).toEqual([
      ['机构题库/broken.json', '(整体)'],
      ['机构题库/dup.json', 'id'],
    ]);
  });

  it('takes its folder from the configuration (flag or environment in the apps)', async () => {
    const dir = join(tempDataDir(), 'elsewhere');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'a.json'),
      JSON.stringify({ bankVersion: 1, subject: 'jc', items: [singleItemForTesting({ id: 'centre-x-1' })] }),
    );
    const s = await servicesForTesting({
      learner: 'default',
      dataDir: tempDataDir(),
      centreBanksDir: dir,
      questionsDir: questionsDirForTesting(),
      now: () => 0,
    });
    expect(s.bank.item('centre-x-1')).toBeDefined();
  });

  it('an administrator sets the folder in 设置: it is checked, read at once, remembered, and a launch flag wins', async () => {
    const dataDir = tempDataDir();
    const open = (centreBanksDir?: string) =>
      servicesForTesting({
        learner: 'default',
        dataDir,
        ...(centreBanksDir ? { centreBanksDir } : {}),
        questionsDir: questionsDirForTesting(),
        now: () => 0,
      });
    const shared = join(tempDataDir(), '机构共享');
    mkdirSync(shared);
    writeFileSync(
      join(shared, 'a.json'),
      JSON.stringify({ bankVersion: 1, subject: 'jc', items: [singleItemForTesting({ id: 'centre-a-1' })] }),
    );
    writeFileSync(join(shared, 'bad.json'), 'not json');

    const s = await open();
    expect(await centreStatus(s)).toMatchObject({
      source: 'default',
      dir: join(dataDir, 'centre-banks'),
      exists: false,
      items: 0,
      files: 0,
      problems: [],
    });
    // Without an administrator PIN nobody may point the app at a folder (it reads every .json below it).
    await expect(setCentreFolder(s, shared)).rejects.toThrow(/请先.*设置管理员密码/);
    await setAdminPin(s, undefined, '2468');
    // Bad paths are refused with a message and change nothing.
    await expect(setCentreFolder(s, '机构题库', '2468')).rejects.toThrow(/完整的文件夹路径/);
    await expect(setCentreFolder(s, join(shared, 'nope'), '2468')).rejects.toThrow(/找不到文件夹/);
    await expect(setCentreFolder(s, join(shared, 'a.json'), '2468')).rejects.toThrow(/不是文件夹/);
    expect(s.machine.get().centreBanksDir).toBeNull();

    const set = await setCentreFolder(s, ` ${shared} `, '2468');
    expect(set).toMatchObject({ saved: true, source: 'setting', dir: shared, exists: true, files: 2, items: 1 });
    expect(set.problems.map((p) => p.file)).toEqual(['机构题库/bad.json']);
    expect(s.bank.item('centre-a-1')).toBeDefined();
    expect(s.bank.item('jc25-06-001')).toBeDefined(); // the shipped bank stays

    // Files dropped in later appear after 重新读取, without a restart.
    writeFileSync(
      join(shared, 'b.json'),
      JSON.stringify({ bankVersion: 1, subject: 'jc', items: [singleItemForTesting({ id: 'centre-b-1' })] }),
    );
    expect(await reloadCentre(s)).toMatchObject({ items: 2, files: 3 });
    await s.dispose();

    // Remembered for the next start, for every learner.
    const again = await open();
    expect(again.bank.item('centre-b-1')).toBeDefined();
    expect((await centreStatus(again)).source).toBe('setting');
    // Back to the default folder.
    expect(await setCentreFolder(again, null, '2468')).toMatchObject({ source: 'default', items: 0 });
    expect(again.bank.item('centre-a-1')).toBeUndefined();
    await setCentreFolder(again, shared, '2468');
    await again.dispose();

    // With the administrator PIN set (above, and remembered), changing the folder needs it.
    const guarded = await open();
    await expect(setCentreFolder(guarded, null)).rejects.toThrow(/需要管理员密码/);
    await expect(setCentreFolder(guarded, null, '1111')).rejects.toThrow(/不正确/);
    expect(await setCentreFolder(guarded, null, '2468')).toMatchObject({ source: 'default', hasAdminPin: true });
    await guarded.dispose();

    // A launch flag (scripted installs) fixes the folder; the setting cannot change it.
    const other = join(tempDataDir(), 'flag');
    mkdirSync(other);
    const flagged = await open(other);
    expect(await centreStatus(flagged)).toMatchObject({ source: 'launch', dir: other, items: 0 });
    await expect(setCentreFolder(flagged, shared)).rejects.toThrow(/启动参数/);
    await flagged.dispose();
  });

  it('a damaged machine settings file is moved aside and the default folder is used, with a notice', async () => {
    const dataDir = tempDataDir();
    writeFileSync(join(dataDir, 'machine.json'), '{"version":1,"centreBanksDir":');
    const s = await servicesForTesting({ learner: 'default', dataDir, questionsDir: questionsDirForTesting(), now: () => 0 });
    const status = await centreStatus(s);
    expect(status.source).toBe('default');
    expect(status.notice).toMatch(/machine\.json/);
    await s.dispose();
  });

  it('a machine settings file from a newer version is left untouched and changing the folder is refused', async () => {
    const dataDir = tempDataDir();
    const newer = '{"version":3,"centreBanksDir":null,"adminPin":null,"later":true}';
    writeFileSync(join(dataDir, 'machine.json'), newer);
    const s = await servicesForTesting({ learner: 'default', dataDir, questionsDir: questionsDirForTesting(), now: () => 0 });
    expect((await centreStatus(s)).notice).toMatch(/新版本|更新/);
    await expect(setCentreFolder(s, dataDir)).rejects.toThrow();
    await s.dispose();
    expect(readFileSync(join(dataDir, 'machine.json'), 'utf8')).toBe(newer);
  });
});

import { TestId } from '../../src/renderer/lib/testIds';
import { multipleItemForTesting, singleItemForTesting } from '../support/bankFixtures';
import { centreBankJson } from '../support/centre/centreBankFixture';
import { questionsDirForTesting } from '../support/questionsDirForTesting';
import { expect, test } from './support/fixtures';
import { startCentreService } from './support/centreRuntime';
import { teacherWithClass } from './support/centreTeacher';
import { id, onboard, openApp, shots } from './support/steps';
import { freshDataDir, startApp, type RunningApp } from './support/webRuntime';

test.use({ ignoreHTTPSErrors: true });

test('a bank the teacher uploads for the class (checked on upload) reaches the app at the next sync and is practised there, marked with its 名称', async ({
  guardedPage: page,
  problems,
}) => {
  test.setTimeout(360_000);
  const centre = await startCentreService(freshDataDir());
  let app: RunningApp | null = null;
  try {
    const { code, classUrl } = await teacherWithClass(page, centre.url, '周老师', 'zhou', '题库班');
    await page.goto(classUrl);
    const banks = page.getByRole('region', { name: '班级题库' });
    await expect(banks.locator('#banks')).toContainText('还没有题库');

    // A file that is not a bank is refused with the validator's message, and nothing is listed. (The refused upload
    // answers 400, which the browser logs as a console error: exactly that one is expected here.)
    await banks.getByLabel('名称').fill('坏文件');
    await banks.getByLabel('题库文件').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{not json') });
    await banks.getByRole('button', { name: '上传题库' }).click();
    await expect(banks.getByRole('alert')).toContainText('不是有效的 JSON');
    await expect(banks.locator('#banks')).toContainText('还没有题库');
    const refusedLog = problems.findIndex((p) => /status of 400/.test(p));
    expect(refusedLog).toBeGreaterThanOrEqual(0);
    problems.splice(refusedLog, 1);

    // The bank itself.
    await banks.getByLabel('名称').fill('第一章机构题');
    await banks
      .getByLabel('题库文件')
      .setInputFiles({ name: 'bank.json', mimeType: 'application/json', buffer: Buffer.from(centreBankJson('e2e')) });
    await banks.getByRole('button', { name: '上传题库' }).click();
    await expect(banks.getByRole('status')).toContainText('已上传题库“第一章机构题”');
    await expect(banks.locator('#banks')).toContainText('第一章机构题');
    // A bank in the shipped questions/banks format is accepted too (checked by the shipped bank's validator).
    await banks.getByLabel('名称').fill('第六章精选');
    await banks.getByLabel('题库文件').setInputFiles({
      name: 'shipped.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ bankVersion: 1, subject: 'jc', items: [singleItemForTesting(), multipleItemForTesting()] })),
    });
    await banks.getByRole('button', { name: '上传题库' }).click();
    await expect(banks.getByRole('status')).toContainText('已上传题库“第六章精选”');
    await page.screenshot({ path: `${shots}/centre-banks.png`, fullPage: true });

    // The learner's PC (its bank has nothing in 第一章): connects, syncs, and practises the centre's bank there.
    app = await startApp(freshDataDir(), ['--questions', questionsDirForTesting()]);
    await openApp(page, app);
    await onboard(page, 'junior', '赵敏');
    await page.locator(id(TestId.openSettings)).click();
    await page.locator(id(TestId.syncAddress)).fill(centre.url.replace(/^https:\/\//, ''));
    await page.locator(id(TestId.syncCode)).fill(code);
    await page.locator(id(TestId.syncName)).fill('赵敏');
    await page.locator(id(TestId.syncConsent)).check();
    await page.locator(id(TestId.syncConnect)).click();
    await expect(page.locator(id(TestId.syncBadge))).toHaveText('已同步');
    await page.locator(id(TestId.brandHome)).click();
    await page.locator(id(TestId.practiceChapter('jc25-01'))).click();
    await expect(page.locator(id(TestId.questionStem))).toContainText('机构题 e2e');
    await page.locator(id(TestId.option('A'))).click();
    await page.locator(id(TestId.submit)).click();
    await expect(page.locator(id(TestId.feedback))).toContainText('导入的题目（来自“第一章机构题”）');
    await page.screenshot({ path: `${shots}/centre-bank-practice.png`, fullPage: true });

    // 我的题库 (on 导入题库) lists the class bank beside the learner's own: its 名称, items, class and centre, its
    // 今日学习 switch, and 由培训机构管理 where the learner's banks have 删除.
    await page.locator(id(TestId.backHome)).click();
    await page.locator(id(TestId.openImport)).click();
    const list = page.locator(id(TestId.importBanks));
    const row = list.locator('li').filter({ hasText: '第一章机构题' });
    await expect(row).toContainText(`第一章机构题 · 2 题 · 班级：题库班 · 培训机构 ${new URL(centre.url).host}`);
    await expect(row.locator(id(TestId.importBankByCentre))).toHaveText('由培训机构管理');
    await expect(row.getByRole('button', { name: '删除' })).toHaveCount(0);
    await expect(list.locator('li').filter({ hasText: '第六章精选' })).toContainText('第六章精选 · 2 题 · 班级：题库班');
    const toggle = row.getByRole('checkbox', { name: '加入今日学习：第一章机构题' });
    await expect(toggle).not.toBeChecked();
    await toggle.check();
    await expect(page.getByText('“第一章机构题”的题目会出现在今日学习里。')).toBeVisible();
    await expect(toggle).toBeChecked();
    await page.setViewportSize({ width: 1366, height: 768 });
    await list.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/class-bank-list-1366.png` });

    // 设置 → 断开: the class bank leaves 我的题库 and chapter practice.
    await page.locator(id(TestId.openSettings)).click();
    await page.locator(id(TestId.syncDisconnect)).click();
    await expect(page.locator(id(TestId.syncConnect))).toBeVisible();
    await page.locator(id(TestId.brandHome)).click();
    await page.locator(id(TestId.openImport)).click();
    await expect(page.getByText('还没有导入过题库。')).toBeVisible();
  } finally {
    await app?.stop();
    await centre.stop();
  }
});

import { TestId } from '../../src/renderer/lib/testIds';
import { centreBankJson } from '../support/centre/centreBankFixture';
import { questionsDirForTesting } from '../support/questionsDirForTesting';
import { expect, test } from './support/fixtures';
import { startCentreService } from './support/centreRuntime';
import { id, onboard, openApp, shots } from './support/steps';
import { freshDataDir, startApp, type RunningApp } from './support/webRuntime';

test.use({ ignoreHTTPSErrors: true });

test('a bank the teacher uploads for the class (checked on upload) reaches the app at the next sync and is practised there, marked with its 名称', async ({
  guardedPage: page,
}) => {
  test.setTimeout(180_000);
  const centre = await startCentreService(freshDataDir());
  let app: RunningApp | null = null;
  try {
    await page.goto(`${centre.url}/`);
    await page.locator('form[action="/signup"] input[name="displayName"]').fill('周老师');
    await page.locator('form[action="/signup"] input[name="username"]').fill('zhou');
    await page.locator('form[action="/signup"] input[name="password"]').fill('a good password');
    await page.locator('form[action="/signup"] button').click();
    await page.locator('input[name="name"]').fill('题库班');
    await page.getByRole('button', { name: '创建班级' }).click();
    const code = (await page.locator('#classes .code').first().textContent())!.trim();
    const classUrl = `${centre.url}${await page.locator('#classes a').first().getAttribute('href')}`;

    // A file that is not a bank is refused with a message, and nothing is listed (posted as the page's form does; a
    // refused form answers 400, which the guarded page would count as a console error).
    const refused = await page.context().request.post(`${classUrl}/banks`, {
      headers: { Origin: centre.url },
      multipart: { name: '坏文件', bank: { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{not json') } },
    });
    expect(refused.status()).toBe(400);
    expect(await refused.text()).toContain('不是有效的 JSON');
    await page.goto(classUrl);
    await expect(page.locator('#banks')).toContainText('还没有题库');
    // The bank itself.
    await page.locator('form[action$="/banks"] input[name="name"]').fill('第一章机构题');
    await page
      .locator('form[action$="/banks"] input[name="bank"]')
      .setInputFiles({ name: 'bank.json', mimeType: 'application/json', buffer: Buffer.from(centreBankJson('e2e')) });
    await page.getByRole('button', { name: '上传题库' }).click();
    await expect(page.locator('#banks')).toContainText('第一章机构题');
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
  } finally {
    await app?.stop();
    await centre.stop();
  }
});

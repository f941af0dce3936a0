import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { id, onboard, openApp, questionsDir } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

test('实务 case practice: typed answers are saved as typed and come back; no way out loses them', async ({ guardedPage: page }) => {
  const app = await startApp(freshDataDir(), ['--questions', questionsDir]);
  try {
    await openApp(page, app);
    await onboard(page, 'intermediate');
    const open = page.locator(`${id(TestId.subject('mp'))} [data-testid^="practice-"]`).first();
    await open.click();
    await expect(page.locator(id(TestId.casePractice))).toBeVisible();
    const first = page.locator(id(TestId.caseAnswer(0)));
    await first.fill('需要分析：服务对象缺少社会支持。');
    await expect(page.getByText('答案已自动保存')).toBeVisible();

    // Typed and left at once through the header's 设置: the answer is saved on the way out.
    await page.locator(id(TestId.caseAnswer(1))).fill('第二问：先建立专业关系。');
    await page.getByRole('button', { name: '设置' }).click();
    await expect(page.locator(id(TestId.casePractice))).toHaveCount(0);
    await page.locator(id(TestId.brandHome)).click();
    await open.click();
    await expect(page.getByText('上次写的答案已经恢复，可以接着写。')).toBeVisible();
    await expect(first).toHaveValue('需要分析：服务对象缺少社会支持。');
    await expect(page.locator(id(TestId.caseAnswer(1)))).toHaveValue('第二问：先建立专业关系。');

    // 结束练习 right after typing keeps it too.
    await first.fill('改过的答案');
    await page.getByRole('button', { name: '结束练习' }).click();
    await expect(page.locator(id(TestId.home))).toBeVisible();
    await open.click();
    await expect(first).toHaveValue('改过的答案');
  } finally {
    await app.stop();
  }
});

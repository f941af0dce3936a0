import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { answer, id, itemsByStem, onboard, openApp, questionsDir } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

test('a screen change starts at the top with the focus on its heading; during a mock the header is gone and 离开考试 asks first', async ({
  guardedPage: page,
}) => {
  const items = await itemsByStem();
  const app = await startApp(freshDataDir(), ['--questions', questionsDir]);
  try {
    await page.setViewportSize({ width: 1024, height: 768 });
    await openApp(page, app);
    await onboard(page, 'junior');
    await page
      .locator(`${id(TestId.subject('jc'))} [data-testid^="practice-"]`)
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    for (let i = 0; i < 3; i++) await answer(page, items, true);
    // The summary is long; scrolled down, the logo goes home and home starts at the top.
    await page.mouse.wheel(0, 2000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.locator(id(TestId.brandHome)).click();
    await expect(page.locator(id(TestId.home))).toBeVisible();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await page.getByRole('button', { name: '学习报告' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '学习报告' })).toBeFocused();

    // A mock exam: the screen is the exam only (no logo, 切换学员 or 设置); 离开考试 asks first and says the clock keeps running.
    await page.locator(id(TestId.brandHome)).click();
    await page.locator(id(TestId.openExams)).click();
    await page.locator(id(TestId.examStart('jc'))).click();
    await expect(page.locator(id(TestId.examScreen))).toBeVisible();
    await expect(page.locator(id(TestId.brandHome))).toHaveCount(0);
    await expect(page.locator(id(TestId.switchLearner))).toHaveCount(0);
    await expect(page.getByRole('button', { name: '设置' })).toHaveCount(0);
    await page.getByRole('button', { name: '离开考试' }).click();
    const dialog = page.getByRole('alertdialog', { name: '要离开考试吗？' });
    await expect(dialog).toContainText('考试时间照样在走');
    await dialog.getByRole('button', { name: '继续考试' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator(id(TestId.examScreen))).toBeVisible();
    await page.getByRole('button', { name: '离开考试' }).click();
    await dialog.getByRole('button', { name: '离开，时间继续走' }).click();
    await expect(page.locator(id(TestId.home))).toBeVisible();
    await expect(page.locator(id(TestId.resumePrompt))).toBeVisible();
  } finally {
    await app.stop();
  }
});

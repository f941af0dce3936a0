import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { id, openApp, questionsDir } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

test('the exam date is typed as 年 / 月 / 日; a bad date is refused with a message by the field', async ({ guardedPage: page }) => {
  const app = await startApp(freshDataDir(), ['--questions', questionsDir]);
  try {
    await openApp(page, app);
    await page.locator(id(TestId.profileName)).fill('王芳');
    await page.locator(id(TestId.levelOption('junior'))).click();
    const date = page.getByRole('group', { name: /考试日期/ });
    await date.getByLabel('年').fill('2027');
    await date.getByLabel('月').fill('2');
    await date.getByLabel('日').fill('30');
    await date.getByLabel('日').press('Tab');
    await expect(page.locator(id(TestId.examDateError))).toHaveText('2027 年 2 月没有 30 日，请检查日期。');
    await page.locator(id(TestId.onboardingDone)).click();
    await expect(page.locator(id(TestId.home))).toHaveCount(0);

    await date.getByLabel('日').fill('28');
    await date.getByLabel('日').press('Tab');
    await expect(page.locator(id(TestId.examDateError))).toHaveCount(0);
    await page.locator(id(TestId.onboardingDone)).click();
    await expect(page.locator(id(TestId.home))).toBeVisible();
    await expect(page.getByText(/距离考试还有 \d+ 天/)).toBeVisible();

    // In 设置 the same entry; a bad month is not saved.
    await page.locator(id(TestId.openSettings)).click();
    const settingsDate = page.getByRole('group', { name: /考试日期/ });
    await expect(settingsDate.getByLabel('年')).toHaveValue('2027');
    await expect(settingsDate.getByLabel('月')).toHaveValue('2');
    await expect(settingsDate.getByLabel('日')).toHaveValue('28');
    await settingsDate.getByLabel('月').fill('13');
    await settingsDate.getByLabel('月').press('Tab');
    await expect(page.locator(id(TestId.examDateError))).toHaveText('月份要在 1 到 12 之间。');
    await settingsDate.getByLabel('月').fill('3');
    await settingsDate.getByLabel('月').press('Tab');
    await expect(page.getByText('已保存')).toBeVisible();
    await page.locator(id(TestId.brandHome)).click();
    await page.locator(id(TestId.openSettings)).click();
    await expect(page.getByRole('group', { name: /考试日期/ }).getByLabel('月')).toHaveValue('3');
  } finally {
    await app.stop();
  }
});

import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { id, openApp, questionsDir } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

test("the exam countdown counts from the app's own clock and the learner's day, not the browser's", async ({ guardedPage: page }) => {
  // The runtime's clock is set to 2027-05-01 08:00 in China; the browser's clock is today's real date.
  const app = await startApp(freshDataDir(), ['--questions', questionsDir, '--now', '2027-05-01T08:00:00+08:00']);
  try {
    await openApp(page, app);
    await page.locator(id(TestId.profileName)).fill('王芳');
    await page.locator(id(TestId.levelOption('junior'))).click();
    await page.locator(id(TestId.examDateYear)).fill('2027');
    await page.locator(id(TestId.examDateMonth)).fill('5');
    await page.locator(id(TestId.examDateDay)).fill('22');
    await page.locator(id(TestId.onboardingDone)).click();
    await expect(page.locator(id(TestId.home))).toBeVisible();
    await expect(page.getByText('距离考试还有 21 天')).toBeVisible();
  } finally {
    await app.stop();
  }
});

import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { answer, id, itemsByStem, onboard, openApp, questionsDir, shots } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

test('after 今日学习 the summary offers the next step: 再学 10 道新题, each leading to the next set', async ({ guardedPage: page }) => {
  const items = await itemsByStem();
  const app = await startApp(freshDataDir(), ['--questions', questionsDir, '--now', '2026-11-28T20:00:00+08:00']);
  try {
    await openApp(page, app);
    await onboard(page, 'junior');
    await page.locator(id(TestId.openSettings)).click();
    await page.locator(id(TestId.dailyNew)).fill('2');
    await page.locator(id(TestId.dailyNew)).press('Tab');
    await expect(page.getByText('已保存')).toBeVisible();
    await page.locator(id(TestId.brandHome)).click();

    // All right: nothing is weak, so more new items come next.
    await page.getByRole('button', { name: '开始今日学习' }).click();
    for (let i = 0; i < 2; i++) await answer(page, items, true);
    await expect(page.locator(id(TestId.todayDone))).toBeVisible();
    await expect(page.getByText('接下来可以做什么')).toBeVisible();
    await page.screenshot({ path: `${shots}/today-next-step.png`, fullPage: true });
    await page.getByRole('button', { name: '再学 10 道新题' }).click();
    await expect(page.locator(id(TestId.questionCounter))).toHaveText('第 1 / 10 题');

    // The suggestion comes back after each session; it always leads to a practice set from here.
    for (let i = 0; i < 10; i++) await answer(page, items, false);
    await expect(page.locator(id(TestId.todayDone))).toBeVisible();
    const go = page.locator(id(TestId.nextStepGo));
    await expect(go).toHaveText(/^(练这一章|再学 \d+ 道新题)$/);
    await go.click();
    await expect(page.locator(id(TestId.questionCounter))).toHaveText(/第 1 \/ \d+ 题/);
  } finally {
    await app.stop();
  }
});

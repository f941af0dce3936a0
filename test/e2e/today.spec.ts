import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { id, itemsByStem, onboard, openApp, questionsDir, shots } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

const DAY1 = '2026-11-28T20:00:00+08:00';
const DAY2 = '2026-11-29T20:00:00+08:00';

test('今日学习: a session today, then tomorrow the queue starts with what was missed or guessed', async ({ guardedPage: page }) => {
  const items = await itemsByStem();
  const dataDir = freshDataDir();
  let app = await startApp(dataDir, ['--questions', questionsDir, '--now', DAY1]);
  const stems: string[] = [];
  try {
    await openApp(page, app);
    await onboard(page, 'junior');
    // The learner sets their own pace: 3 new items a day.
    await page.locator(id(TestId.openSettings)).click();
    await page.locator(id(TestId.dailyNew)).fill('3');
    await page.locator(id(TestId.dailyNew)).press('Tab');
    await expect(page.getByText('已保存')).toBeVisible();
    await page.locator(id(TestId.brandHome)).click();
    await expect(page.locator(id(TestId.todayDue))).toHaveText('待复习 0 题');
    await expect(page.locator(id(TestId.todayNew))).toHaveText('新题 3 题');
    await page.locator(id(TestId.todayStart)).click();

    // Right; wrong; right but "我是猜的".
    for (const mode of ['right', 'wrong', 'guessed'] as const) {
      const stem = (await page.locator(id(TestId.questionStem)).textContent())!;
      stems.push(stem);
      const item = items.get(stem)!;
      const wrong = item.options.map((o) => o.key).find((k) => !item.answer.includes(k))!;
      for (const k of mode === 'wrong' ? [wrong] : item.answer) await page.keyboard.press(String('ABCDE'.indexOf(k) + 1));
      if (mode === 'guessed') await page.keyboard.press('g');
      await page.keyboard.press('Enter');
      await expect(page.locator(id(TestId.feedback))).toBeVisible();
      await expect(page.locator(id(TestId.nextReview))).toHaveText(mode === 'right' ? /下次复习：约 \d+ 天后/ : '下次复习：明天');
      if (mode === 'guessed') await page.screenshot({ path: `${shots}/07-today-feedback.png`, fullPage: true });
      await page.keyboard.press('ArrowRight');
    }
    await expect(page.locator(id(TestId.todayDone))).toBeVisible();
    await page.locator(id(TestId.backHome)).click();
    await expect(page.locator(id(TestId.todayNew))).toHaveText('新题 0 题');
    await expect(page.locator(id(TestId.todayDue))).toHaveText('待复习 0 题');

    // Tomorrow.
    await app.stop();
    app = await startApp(dataDir, ['--questions', questionsDir, '--now', DAY2]);
    await openApp(page, app);
    await expect(page.locator(id(TestId.todayDue))).toHaveText('待复习 2 题');
    await expect(page.locator(id(TestId.todayNew))).toHaveText('新题 3 题');
    await page.screenshot({ path: `${shots}/08-today-next-day.png` });
    await page.locator(id(TestId.todayStart)).click();
    const first = (await page.locator(id(TestId.questionStem)).textContent())!;
    expect([stems[1], stems[2]]).toContain(first);
    await page.locator(id(TestId.backHome)).click();

    // The wrong answer is in the 错题本; the guessed-but-right one is not.
    await page.locator(id(TestId.openMistakes)).click();
    await expect(page.locator(id(TestId.mistakes))).toContainText(stems[1]!);
    await expect(page.locator(id(TestId.mistakes))).not.toContainText(stems[2]!);
    await expect(page.locator(id(TestId.mistakes))).toContainText('共 1 题');
  } finally {
    await app.stop();
  }
});

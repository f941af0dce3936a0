import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { expectNoMouse, tabTo, watchMouse } from './support/keyboard';
import { id, itemsByStem, openApp, questionsDir } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

/**
 * Issue 15: every main flow without the mouse — create the first learner, 今日学习 (answer, feedback, 下一题), leave,
 * 错题本 (open an entry in place), 学习报告, 设置 and a text-size change. The whole mock is in examKeyboard.spec.ts.
 */
test('keyboard only: first learner, 今日学习, 错题本, 学习报告 and 设置', async ({ guardedPage: page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  const items = await itemsByStem();
  const app = await startApp(freshDataDir(), ['--questions', questionsDir]);
  try {
    await openApp(page, app);
    await watchMouse(page);

    // The first learner: name, level (a radio: Space), 开始.
    await tabTo(page, page.locator(id(TestId.profileName)));
    await page.keyboard.type('李梅');
    await tabTo(page, page.locator(`${id(TestId.levelOption('junior'))} input`));
    await page.keyboard.press('Space');
    await expect(page.locator(`${id(TestId.levelOption('junior'))} input`)).toBeChecked();
    await tabTo(page, page.locator(id(TestId.onboardingDone)));
    await page.keyboard.press('Enter');
    await expect(page.locator(id(TestId.home))).toBeVisible();

    // 今日学习: three answers by letter keys and Enter; the first one wrong, so the 错题本 has an entry.
    await tabTo(page, page.locator(id(TestId.todayStart)));
    await page.keyboard.press('Enter');
    const stems: string[] = [];
    for (let n = 0; n < 3; n++) {
      const stem = page.locator(id(TestId.questionStem));
      await expect(stem).toBeVisible();
      const text = (await stem.textContent())!;
      stems.push(text);
      const item = items.get(text)!;
      expect(item, `question on screen is in the bank: ${text}`).toBeDefined();
      const keys = n === 0 ? [item.options.map((o) => o.key).find((k) => !item.answer.includes(k))!] : item.answer;
      for (const k of keys) await page.keyboard.press(k.toLowerCase());
      await page.keyboard.press('Enter');
      await expect(page.locator(id(TestId.feedbackVerdict))).toBeVisible();
      // The focus went to 下一题 and the verdict stayed in view.
      await expect(page.locator(id(TestId.next))).toBeFocused();
      await expect(page.locator(id(TestId.feedbackVerdict))).toBeInViewport();
      if (n < 2) {
        await page.keyboard.press('Enter');
        await expect(stem).not.toHaveText(text);
      }
    }
    // 结束练习 (the session is left half-way, as a tired learner would) → home.
    await tabTo(page, page.getByRole('button', { name: '结束练习' }), true);
    await page.keyboard.press('Enter');
    await expect(page.locator(id(TestId.home))).toBeVisible();

    // 错题本: the wrong answer is there; its entry opens in place with the key and 解析.
    await tabTo(page, page.locator(id(TestId.openMistakes)));
    await page.keyboard.press('Enter');
    const row = page.locator(id(TestId.mistakes)).locator('li', { hasText: stems[0]! }).first();
    await expect(row).toBeVisible();
    await tabTo(page, row.getByRole('button', { name: '看答案和解析' }));
    await page.keyboard.press('Enter');
    await expect(row.getByText('解析', { exact: true })).toBeVisible();

    // 学习报告 from home (the logo button leads there).
    await tabTo(page, page.locator(id(TestId.brandHome)), true);
    await page.keyboard.press('Enter');
    await expect(page.locator(id(TestId.home))).toBeVisible();
    await tabTo(page, page.locator(id(TestId.openStats)));
    await page.keyboard.press('Enter');
    await expect(page.locator(id(TestId.report))).toBeVisible();
    await expect(page.locator(id(TestId.report))).toContainText('预计得分');

    // 设置, and a larger text size from the header's A+.
    await tabTo(page, page.locator(id(TestId.openSettings)), true);
    await page.keyboard.press('Enter');
    await expect(page.locator(id(TestId.settingsMine))).toBeVisible();
    const step = page.locator(id(TestId.fontStepName));
    const before = await step.textContent();
    await tabTo(page, page.locator(id(TestId.fontBigger)), true);
    await page.keyboard.press('Enter');
    await expect(step).not.toHaveText(before!);

    await expectNoMouse(page);
  } finally {
    await app.stop();
  }
});

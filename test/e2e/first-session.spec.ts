import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { id, itemsByStem, openApp, questionsDir, shots } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

test('a newcomer’s first session: choose level, practise, read 解析, come back to kept progress', async ({ guardedPage: page }) => {
  const items = await itemsByStem();
  const dataDir = freshDataDir();
  let app = await startApp(dataDir, ['--questions', questionsDir]);
  try {
    await openApp(page, app);
    await expect(page.locator(id(TestId.onboarding))).toBeVisible();
    await page.screenshot({ path: `${shots}/01-onboarding.png` });

    await page.locator(id(TestId.profileName)).fill('王芳');
    await page.locator(id(TestId.levelOption('junior'))).click();
    await page.locator(id(TestId.examDateYear)).fill('2027');
    await page.locator(id(TestId.examDateMonth)).fill('5');
    await page.locator(id(TestId.examDateDay)).fill('22');
    await page.locator(id(TestId.onboardingDone)).click();
    await expect(page.locator(id(TestId.home))).toBeVisible();
    await expect(page.locator(id(TestId.learnerName))).toHaveText('王芳');
    await expect(page.locator(id(TestId.subject('jc')))).toContainText('社会工作综合能力（初级）');
    await expect(page.locator(id(TestId.subject('jp')))).toContainText('社会工作实务（初级）');
    await expect(page.locator(id(TestId.subject('mc')))).toHaveCount(0);
    await expect(page.getByText(/距离考试还有 \d+ 天/)).toBeVisible();
    await page.screenshot({ path: `${shots}/02-home.png`, fullPage: true });

    // The first 综合能力 chapter that has questions.
    const practice = page.locator(`${id(TestId.subject('jc'))} [data-testid^="practice-"]`).first();
    const chapterId = (await practice.getAttribute('data-testid'))!.replace('practice-', '');
    await practice.click();
    await expect(page.locator(id(TestId.practice))).toBeVisible();

    const answers: { mode: 'right-click' | 'wrong-keys' | 'right-keys' }[] = [
      { mode: 'right-click' },
      { mode: 'wrong-keys' },
      { mode: 'right-keys' },
    ];
    for (const [n, step] of answers.entries()) {
      await expect(page.locator(id(TestId.questionCounter))).toContainText(`第 ${n + 1} /`);
      const stem = (await page.locator(id(TestId.questionStem)).textContent())!;
      const item = items.get(stem);
      expect(item, `question on screen is in the bank: ${stem}`).toBeDefined();
      const keys = item!.answer;
      const wrong = item!.options.map((o) => o.key).find((k) => !keys.includes(k))!;
      if (step.mode === 'right-click') {
        for (const k of keys) await page.locator(id(TestId.option(k))).click();
        if (n === 0) await page.screenshot({ path: `${shots}/03-question.png` });
        await page.locator(id(TestId.submit)).click();
      } else {
        const choice = step.mode === 'wrong-keys' ? [wrong] : keys;
        for (const k of choice) await page.keyboard.press(String('ABCDE'.indexOf(k) + 1));
        await page.keyboard.press('Enter');
      }
      const feedback = page.locator(id(TestId.feedback));
      await expect(feedback).toBeVisible();
      await expect(page.locator(id(TestId.feedbackVerdict))).toHaveText(step.mode === 'wrong-keys' ? '回答错误' : '回答正确');
      await expect(page.locator(id(TestId.feedbackKey))).toHaveText(keys.join('、'));
      await expect(page.locator(id(TestId.explanation))).toHaveText(item!.explanation);
      if (step.mode === 'wrong-keys') {
        await page.screenshot({ path: `${shots}/04-feedback-wrong.png`, fullPage: true });
        // ☆ 收藏 and a note right from the feedback.
        await feedback.locator(id(TestId.favourite)).click();
        await expect(feedback.locator(id(TestId.favourite))).toHaveAttribute('aria-pressed', 'true');
        await feedback.getByText('我的笔记').click();
        await feedback.locator(id(TestId.note)).fill('容易选错');
        await feedback.locator(id(TestId.saveNote)).click();
        await expect(feedback).toContainText('笔记已保存');
        await page.locator(id(TestId.next)).click();
      } else {
        await page.keyboard.press('ArrowRight');
      }
    }

    await page.locator(id(TestId.backHome)).click();
    await expect(page.locator(id(TestId.chapterProgress(chapterId)))).toHaveText('已做 3 · 答对 2');

    // Bigger text, remembered.
    await page.locator(id(TestId.fontBigger)).click();
    await page.locator(id(TestId.fontBigger)).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.style.fontSize)).toBe('21px');

    // Close everything and start again on the same data folder.
    await app.stop();
    app = await startApp(dataDir, ['--questions', questionsDir]);
    await openApp(page, app);
    await expect(page.locator(id(TestId.home))).toBeVisible();
    await expect(page.locator(id(TestId.chapterProgress(chapterId)))).toHaveText('已做 3 · 答对 2');
    expect(await page.evaluate(() => document.documentElement.style.fontSize)).toBe('21px');
    await page.screenshot({ path: `${shots}/05-home-after-restart.png`, fullPage: true });
  } finally {
    await app.stop();
  }
});

import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { answer, id, itemsByStem, onboard, openApp, questionsDir, shots } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

test('学习报告: where I stand, chapters weakest first with 练这一章, days studied and the plan', async ({ guardedPage: page }) => {
  const items = await itemsByStem();
  const app = await startApp(freshDataDir(), ['--questions', questionsDir]);
  try {
    await openApp(page, app);
    await onboard(page, 'junior');
    // A few answers in the first 综合能力 chapter, some wrong.
    await page
      .locator(`${id(TestId.subject('jc'))} [data-testid^="practice-"]`)
      .first()
      .click();
    for (const right of [true, false, true, false]) await answer(page, items, right);
    await page.locator(id(TestId.backHome)).click();

    await page.getByRole('button', { name: '学习报告' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '学习报告' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '各科情况' })).toBeVisible();
    const jc = page.locator(id(TestId.reportSubject('jc')));
    await expect(jc).toContainText('已做 4 /');
    await expect(jc).toContainText('正确率：近 30 天 50%，全部 50%');
    await expect(page.locator(id(TestId.reportPredicted('jc')))).toContainText(/预计得分 \d+ \/ 100 分 · 及格线 60 分/);
    await page.getByText('怎么算的').click();
    await expect(page.getByText('没做过的题：单选按蒙对 1/4 算')).toBeVisible();

    await expect(page.locator(id(TestId.reportStreak))).toHaveText('连续学习 1 天');
    await expect(page.locator(id(TestId.reportWeekMinutes))).toContainText(/近 7 天共学习 \d+ 分钟/);
    await expect(page.getByText('还没有评完分的模拟考试')).toBeVisible();
    await expect(page.locator(id(TestId.reportOnTrack))).toContainText('还没有填写考试日期');
    await expect(page.locator(id(TestId.forecastChart))).toHaveAttribute('data-drawn', 'yes');
    // The optimiser stays, in plain words.
    await expect(page.getByRole('heading', { name: '优化复习参数' })).toBeVisible();
    await expect(page.locator(id(TestId.report))).not.toContainText('FSRS');
    await expect(page.locator(id(TestId.report))).not.toContainText('对数损失');

    for (const [w, h] of [
      [1366, 768],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `${shots}/report-${w}.png`, fullPage: true });
    }

    await expect(page.locator(`${id(TestId.reportChapters)} li`)).toHaveCount(8);
    await page.getByRole('button', { name: /显示全部 \d+ 章/ }).click();
    expect(await page.locator(`${id(TestId.reportChapters)} li`).count()).toBeGreaterThan(8);
    // The weakest started chapter comes first (unseen chapters last); 练这一章 opens its practice.
    const first = page.locator(`${id(TestId.reportChapters)} li`).first();
    await expect(first).toContainText('掌握');
    await first.getByRole('button', { name: /练这一章/ }).click();
    await expect(page.locator(id(TestId.practice))).toBeVisible();
  } finally {
    await app.stop();
  }
});

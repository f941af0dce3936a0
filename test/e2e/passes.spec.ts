import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { id, itemsByStem, openApp, questionsDir, shots } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

test('滚动管理: passes recorded in 设置, until when each counts, a warning when one lapses, passed subjects out of 今日学习 and the mock lobby', async ({
  guardedPage: page,
}) => {
  const items = await itemsByStem();
  const dataDir = freshDataDir();
  const app = await startApp(dataDir, ['--questions', questionsDir, '--now', '2026-11-28T20:00:00+08:00']);
  const firstTodaySubject = async () => {
    await page.getByRole('button', { name: '开始今日学习' }).click();
    const stem = (await page.locator(id(TestId.questionStem)).textContent())!;
    await page.getByRole('button', { name: '结束练习' }).click();
    return items.get(stem)!.id.slice(0, 2);
  };
  try {
    await openApp(page, app);
    await page.locator(id(TestId.profileName)).fill('李强');
    await page.locator(id(TestId.levelOption('intermediate'))).click();
    await page.locator(id(TestId.examDateYear)).fill('2027');
    await page.locator(id(TestId.examDateMonth)).fill('6');
    await page.locator(id(TestId.examDateDay)).fill('20');
    await page.locator(id(TestId.onboardingDone)).click();
    await expect(page.locator(id(TestId.home))).toBeVisible();
    expect(await firstTodaySubject()).toBe('mc');

    await page.getByRole('button', { name: '设置' }).click();
    const panel = page.locator(id(TestId.passes));
    await expect(panel.getByText('两年滚动管理')).toBeVisible();
    await panel.getByLabel('社会工作综合能力（中级）').selectOption({ label: '2026 年通过' });
    await expect(panel.getByText('成绩有效到 2027 年考试；2027 年考试时仍然有效，可以不再复习')).toBeVisible();
    await panel.getByLabel('社会工作法规与政策（中级）').selectOption({ label: '2025 年通过' });
    await expect(panel.getByRole('alert')).toHaveText('注意：成绩只到 2026 年有效，赶不上 2027 年的考试，这一科要重新考。');
    await page.setViewportSize({ width: 1024, height: 768 });
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/passes-1024.png` });

    // 综合能力 counts for 2027: today's plan leaves it out, until the learner keeps practising it.
    await page.locator(id(TestId.brandHome)).click();
    expect(await firstTodaySubject()).not.toBe('mc');
    // …and the mock lobby, where it comes back only when asked for, marked as passed.
    await page.locator(id(TestId.openExams)).click();
    await expect(page.locator(id(TestId.examSubject('ml')))).toBeVisible();
    await expect(page.locator(id(TestId.examSubject('mc')))).toHaveCount(0);
    await expect(page.locator(id(TestId.examPassedHidden))).toContainText('另有 1 科的成绩仍然有效');
    await page.getByRole('button', { name: '仍要练已通过的科目' }).click();
    await expect(page.locator(id(TestId.examSubject('mc'))).getByText('已通过，成绩仍有效')).toBeVisible();
    await page.locator(id(TestId.brandHome)).click();
    await page.getByRole('button', { name: '设置' }).click();
    await panel.getByLabel('继续练习已通过的科目').check();
    await expect(page.getByText('已保存')).toBeVisible();
    await page.locator(id(TestId.brandHome)).click();
    expect(await firstTodaySubject()).toBe('mc');

    // 初级 has no carry-over, said plainly.
    await page.getByRole('button', { name: '设置' }).click();
    await page.locator(id(TestId.levelOption('junior'))).click();
    await expect(panel.getByText('初级两科需在同一年通过')).toBeVisible();
    await expect(panel.getByLabel('社会工作综合能力（初级）')).toHaveValue('');
  } finally {
    await app.stop();
  }
});

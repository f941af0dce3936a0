import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { answer, id, itemsByStem, onboard, openApp, questionsDir, shots } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

test('the 2025版 syllabus: 实务(初级) practice in 人民信访工作领域, and a 法规与政策 mock drawn on its 18 new chapters', async ({
  guardedPage: page,
}) => {
  const items = await itemsByStem();
  const app = await startApp(freshDataDir(), ['--questions', questionsDir]);
  try {
    await openApp(page, app);
    await onboard(page, 'junior', '王芳');
    // Every subject on the 2025 tree; no learner-facing 2018 label.
    await expect(page.locator(id(TestId.home))).not.toContainText('2018');
    const jp = page.locator(id(TestId.subject('jp')));
    await expect(jp.locator('[data-testid^="chapter-jp25-"]:not([data-testid*="progress"])')).toHaveCount(17);
    await expect(page.locator(id(TestId.chapter('jp25-02')))).toContainText('人民信访工作领域社会工作服务');
    await page.locator(id(TestId.practiceChapter('jp25-02'))).click();
    const stem = (await page.locator(id(TestId.questionStem)).textContent())!;
    expect(items.get(stem)?.chapter, 'the question comes from the 信访 chapter').toBe('jp25-02');
    await page.screenshot({ path: `${shots}/30-practice-xinfang.png` });
    await answer(page, items, true);
    await page.locator(id(TestId.backHome)).click();
    await expect(page.locator(id(TestId.chapterProgress('jp25-02')))).toHaveText('已做 1 · 答对 1');

    // A 中级 learner sits the official-blueprint 法规与政策 mock.
    await page.locator(id(TestId.switchLearner)).click();
    await page.locator(id(TestId.profileName)).fill('李明');
    await page.locator(id(TestId.levelOption('intermediate'))).click();
    await page.locator(id(TestId.onboardingDone)).click();
    await expect(page.locator(id(TestId.home))).toBeVisible();
    await expect(page.locator(`${id(TestId.subject('ml'))} [data-testid^="chapter-ml25-"]:not([data-testid*="progress"])`)).toHaveCount(18);
    await page.locator(id(TestId.openExams)).click();
    await expect(page.locator(id(TestId.examSubject('ml')))).toContainText('单选 60 道 + 多选 20 道 · 100 分 · 120 分钟');
    await page.locator(id(TestId.examStart('ml'))).click();
    await expect(page.locator(id(TestId.examScreen))).toBeVisible();
    await page.locator(id(TestId.examSubmit)).click();
    await page.locator(id(TestId.examConfirmYes)).click();
    const chapters = page.locator(`${id(TestId.examChapters)} tbody tr`);
    await expect(chapters).toHaveCount(18);
    for (const title of [
      '人民信访工作的法规与政策',
      '新就业群体工作的法规与政策',
      '人民调解法规与政策',
      '应急管理的法规与政策',
      '志愿服务的法规与政策',
    ]) {
      await expect(page.locator(id(TestId.examChapters))).toContainText(title);
    }
    await page.locator(id(TestId.examChapters)).screenshot({ path: `${shots}/31-ml-mock-chapters.png` });
  } finally {
    await app.stop();
  }
});

import { join } from 'node:path';
import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { answer, id, itemsByStem, onboard, openApp, questionsDir } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

test('progress goes from the lab to home in one file, and importing it twice changes nothing', async ({ guardedPage: page }) => {
  const items = await itemsByStem();
  const lab = await startApp(freshDataDir(), ['--questions', questionsDir]);
  let file = '';
  let chapterId = '';
  try {
    await openApp(page, lab);
    await onboard(page, 'junior', '王芳');
    const practice = page.locator(`${id(TestId.subject('jc'))} [data-testid^="practice-"]`).first();
    chapterId = (await practice.getAttribute('data-testid'))!.replace('practice-', '');
    await practice.click();
    await answer(page, items, true);
    await answer(page, items, false);
    await page.locator(id(TestId.backHome)).click();
    await page.locator(id(TestId.openSettings)).click();
    const download = page.waitForEvent('download');
    await page.locator(id(TestId.exportProgress)).click();
    const d = await download;
    expect(d.suggestedFilename()).toMatch(/^社工路学习进度-王芳-\d{4}-\d{2}-\d{2}\.json$/);
    file = join(freshDataDir(), d.suggestedFilename());
    await d.saveAs(file);
  } finally {
    await lab.stop();
  }

  const home = await startApp(freshDataDir(), ['--questions', questionsDir]);
  try {
    await openApp(page, home);
    await onboard(page, 'junior', '王芳');
    await expect(page.locator(id(TestId.chapterProgress(chapterId)))).toHaveText('未开始');
    await page.locator(id(TestId.openSettings)).click();
    await page.locator(id(TestId.importProgress)).setInputFiles(file);
    await expect(page.locator(id(TestId.transferMessage))).toContainText('新增答题记录 2 条');
    await page.locator(id(TestId.importProgress)).setInputFiles(file);
    await expect(page.locator(id(TestId.transferMessage))).toContainText('没有变化');
    await page.locator(id(TestId.brandHome)).click();
    await expect(page.locator(id(TestId.chapterProgress(chapterId)))).toHaveText('已做 2 · 答对 1');

    // A classmate on the same PC picks 王芳's file by mistake: asked first; cancelling changes nothing.
    await page.locator(id(TestId.switchLearner)).click();
    await page.locator(id(TestId.profileName)).fill('李明');
    await page.locator(id(TestId.levelOption('junior'))).click();
    await page.locator(id(TestId.onboardingDone)).click();
    await page.locator(id(TestId.openSettings)).click();
    await page.locator(id(TestId.importProgress)).setInputFiles(file);
    await expect(page.locator(id(TestId.importConfirm))).toContainText('这个文件是学员“王芳”的学习进度，而现在打开的是“李明”');
    await page.getByRole('button', { name: '取消' }).click();
    await expect(page.locator(id(TestId.transferMessage))).toContainText('已取消导入');
    await page.locator(id(TestId.brandHome)).click();
    await expect(page.locator(id(TestId.chapterProgress(chapterId)))).toHaveText('未开始');
  } finally {
    await home.stop();
  }
});

import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { id, onboard, openApp, questionsDir, shots } from './support/steps';
import { freshDataDir, startApp, type RunningApp } from './support/webRuntime';

test('实务（中级） cases in 收藏: star and note a case, find it in 收藏 after a restart, practise it alone, 取消收藏', async ({
  guardedPage: page,
}) => {
  const dataDir = freshDataDir();
  let app: RunningApp = await startApp(dataDir, ['--questions', questionsDir]);
  try {
    await openApp(page, app);
    await onboard(page, 'intermediate');
    await page
      .locator(`${id(TestId.subject('mp'))} [data-testid^="practice-"]`)
      .first()
      .click();
    await expect(page.locator(id(TestId.casePractice))).toBeVisible();
    const title = (await page.locator('.material-pane h2').textContent())!.trim();
    const tools = page.locator(`${id(TestId.casePractice)} .item-tools`);
    await tools.locator(id(TestId.favourite)).click();
    await expect(tools.locator(id(TestId.favourite))).toHaveAttribute('aria-pressed', 'true');
    await tools.locator('summary').click();
    await tools.locator(id(TestId.note)).fill('先写需要和问题，再写策略。');
    await tools.locator(id(TestId.saveNote)).click();
    await expect(tools.getByText('已保存')).toBeVisible();
    await page.screenshot({ path: `${shots}/case-practice-starred.png`, fullPage: true });

    // The app is closed and opened again: 收藏 lists the case with its note.
    await app.stop();
    app = await startApp(dataDir, ['--questions', questionsDir]);
    await openApp(page, app);
    await page.locator(id(TestId.openFavourites)).click();
    const section = page.locator(id(TestId.caseFavourites));
    await expect(section).toContainText('收藏的案例');
    await expect(section).toContainText(title);
    await expect(section).toContainText('先写需要和问题，再写策略。');
    await expect(section).toContainText('还没有自评过');
    await expect(page.getByText('还没有收藏单选题或多选题（收藏的案例在下面）。')).toBeVisible();
    await page.screenshot({ path: `${shots}/case-favourites.png`, fullPage: true });

    // 再练一次: that case alone, still starred, with its note.
    await section.getByRole('button', { name: '再练一次' }).click();
    await expect(page.locator(id(TestId.casePractice))).toBeVisible();
    await expect(page.locator('.material-pane h2')).toHaveText(title);
    await expect(page.getByText('第 1 / 1 道案例')).toBeVisible();
    await expect(tools.locator(id(TestId.favourite))).toHaveAttribute('aria-pressed', 'true');
    await expect(tools.locator(id(TestId.note))).toHaveValue('先写需要和问题，再写策略。');

    // Self-marked: 收藏 shows the score; 取消收藏 there takes it out and says so.
    await page.locator(id(TestId.caseReveal)).click();
    await page.locator(id(TestId.casePoint(0, 0))).check();
    await page.locator(id(TestId.caseSave)).click();
    await expect(page.locator(id(TestId.caseSaved))).toBeVisible();
    await page.getByRole('button', { name: '完成，返回首页' }).click();
    await page.locator(id(TestId.openFavourites)).click();
    await expect(section).toContainText(/自评过 1 次 · 最近一次 \d+ \/ 20 分/);
    await section.getByRole('button', { name: '取消收藏' }).click();
    await expect(section).toContainText(`已取消收藏案例：${title}`);
    await expect(section.locator('li')).toHaveCount(0);
  } finally {
    await app.stop();
  }
});

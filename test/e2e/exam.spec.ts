import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { id, onboard, openApp, questionsDir, shots } from './support/steps';
import { freshDataDir, startApp, type RunningApp } from './support/webRuntime';

const T0 = Date.parse('2026-11-28T09:00:00+08:00');
const at = (minutes: number) => String(T0 + minutes * 60_000);

test('mock exam: answer and mark, survive restarts with the right time left, warning at 10 minutes, auto-submit at zero', async ({
  guardedPage: page,
}) => {
  const dataDir = freshDataDir();
  let app: RunningApp = await startApp(dataDir, ['--questions', questionsDir, '--now', at(0)]);
  const restart = async (minutes: number) => {
    await app.stop();
    app = await startApp(dataDir, ['--questions', questionsDir, '--now', at(minutes)]);
    await openApp(page, app);
  };
  try {
    await openApp(page, app);
    await onboard(page, 'junior');
    await page.locator(id(TestId.openExams)).click();
    await expect(page.locator(id(TestId.examSubject('jc')))).toContainText('单选 60 道 + 多选 20 道 · 100 分 · 120 分钟');
    await page.locator(id(TestId.examStart('jc'))).click();
    await expect(page.locator(id(TestId.examClock))).toContainText(/剩余时间\s+(02:00:00|01:59:5\d)/);

    // Q1: choose B; Q2 from the palette: choose A, then click A again to clear it; Q3: mark it.
    await page.locator(id(TestId.option('B'))).click();
    await expect(page.locator(id(TestId.paletteCell(1)))).toHaveClass(/answered/);
    await page.locator(id(TestId.paletteCell(2))).click();
    await page.locator(id(TestId.option('A'))).click();
    await page.locator(id(TestId.option('A'))).click();
    await expect(page.locator(id(TestId.option('A')))).toHaveAttribute('aria-checked', 'false');
    await page.locator(id(TestId.paletteCell(3))).click();
    await page.locator(id(TestId.option('C'))).click();
    await page.locator(id(TestId.examMark)).click();
    await expect(page.locator(id(TestId.paletteCell(3)))).toHaveClass(/marked/);
    // A 多选 item has square boxes.
    await page.locator(id(TestId.paletteCell(61))).click();
    await expect(page.locator(id(TestId.option('E')))).toHaveAttribute('role', 'checkbox');
    await page.locator(id(TestId.option('A'))).click();
    await page.locator(id(TestId.option('C'))).click();
    await page.screenshot({ path: `${shots}/09-exam-screen.png`, fullPage: true });
    // 字号大 (the learner reads better large): kept across the restart below.
    await page.getByRole('button', { name: '字号大' }).click();
    await expect(page.locator(id(TestId.examScreen))).toHaveClass(/font-2/);
    // Saved before the machine is switched off below (the class changes before the save comes back).
    await expect
      .poll(() =>
        readdirSync(join(dataDir, 'learners')).map(
          (d) =>
            (JSON.parse(readFileSync(join(dataDir, 'learners', d, 'settings.json'), 'utf8')) as { examFontStep?: number }).examFontStep,
        ),
      )
      .toEqual([2]);

    // 交卷 asks first and counts what is unanswered.
    await page.locator(id(TestId.examSubmit)).click();
    await expect(page.locator(id(TestId.examConfirm))).toContainText('还有 77 道题没有作答');
    await page.getByRole('button', { name: '继续答题' }).click();

    // The machine is switched off; 30 minutes later it is back.
    await restart(30);
    await expect(page.locator(id(TestId.resumePrompt))).toContainText(/剩余时间\s+01:30:[01]\d/); // the first session's clock ran a few seconds
    await page.locator(id(TestId.resumeExam)).click();
    await expect(page.locator(id(TestId.examClock))).toContainText(/01:(30:[01]\d|29:5\d)/);
    await expect(page.locator(id(TestId.paletteCell(1)))).toHaveClass(/answered/);
    await expect(page.locator(id(TestId.paletteCell(2)))).not.toHaveClass(/answered/);
    await expect(page.locator(id(TestId.paletteCell(3)))).toHaveClass(/marked/);
    await expect(page.locator(id(TestId.examScreen))).toHaveClass(/font-2/);
    await expect(page.getByRole('button', { name: '字号大' })).toHaveAttribute('aria-pressed', 'true');

    // 8 minutes left: the warning shows.
    await restart(112);
    await page.locator(id(TestId.resumeExam)).click();
    await expect(page.locator(id(TestId.examWarn))).toBeVisible();

    // Time runs out while the app is closed: on start the paper has been submitted at the deadline.
    await restart(125);
    await expect(page.locator(id(TestId.resumePrompt))).toHaveCount(0);
    await page.locator(id(TestId.openExams)).click();
    await expect(page.locator(id(TestId.examHistory))).toContainText('社会工作综合能力（初级）');
    await page.locator(id(TestId.examHistory)).getByRole('button', { name: '查看' }).click();
    await expect(page.locator(id(TestId.examAuto))).toBeVisible();
    await expect(page.locator(id(TestId.examResult))).toContainText('用时 02:00:00');
    await expect(page.locator(id(TestId.examPassed))).toContainText('未及格（及格线 60 分）');
    await expect(page.locator(`${id(TestId.examChapters)} tbody tr`)).not.toHaveCount(0);
    await page.screenshot({ path: `${shots}/10-exam-result.png`, fullPage: true });

    // Any reviewed item can be starred there, and unstarred from the 收藏 list.
    const first = page.locator('.review-list > li').first();
    await first.locator('summary').first().click();
    const tools = first.locator('[data-testid^="item-tools-"]');
    const itemId = (await tools.getAttribute('data-testid'))!.replace('item-tools-', '');
    await tools.locator(id(TestId.favourite)).click();
    await expect(tools.locator(id(TestId.favourite))).toHaveAttribute('aria-pressed', 'true');
    await first.screenshot({ path: `${shots}/10b-exam-review-item.png` });
    await page.locator(id(TestId.brandHome)).click();
    await page.locator(id(TestId.openFavourites)).click();
    await expect(page.locator(id(TestId.favouriteRow(itemId)))).toBeVisible();
    await page.locator(id(TestId.unfavourite(itemId))).click();
    await expect(page.locator(id(TestId.favouriteRow(itemId)))).toHaveCount(0);
  } finally {
    await app.stop();
  }
});

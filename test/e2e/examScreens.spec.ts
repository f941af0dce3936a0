import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { id, onboard, openApp, questionsDir, shots } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

const dir = shots;

/** Every axe rule, on what is on screen now (the result screen has the app header back: it is checked too). */
async function axeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} ${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
}

/** The learner's theme is 跟随系统 (the default): the system's colour scheme switches 白天 / 夜间. */
async function inBothThemes(page: Page, what: string, check?: () => Promise<void>): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    expect(await axeProblems(page), `${what} (${scheme})`).toEqual([]);
    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 768 });
      if (check) await check();
      await page.screenshot({ path: `${dir}/${what}-${scheme}-${width}.png` });
    }
    await page.setViewportSize({ width: 1366, height: 768 });
  }
}

/** The palette's legend is on screen without scrolling. */
async function legendInView(page: Page): Promise<void> {
  const box = await page.locator(id(TestId.examLegend)).boundingBox();
  const vp = page.viewportSize()!;
  expect(box, 'legend rendered').not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(vp.height);
}

test('axe (all rules) on the exam screen, the 交卷 dialog and the result with its review, in 白天 and 夜间', async ({
  guardedPage: page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const app = await startApp(freshDataDir(), ['--questions', questionsDir]);
  try {
    await openApp(page, app);
    await onboard(page, 'junior');
    await page.locator(id(TestId.openExams)).click();
    await page.locator(id(TestId.examStart('jc'))).click();
    const screen = page.locator(id(TestId.examScreen));
    await expect(screen.getByRole('heading', { level: 1 })).toBeVisible();
    // A few answers and marks, so every palette state is on screen.
    await page.keyboard.press('2');
    await page.keyboard.press('m');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('m');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('3');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(id(TestId.paletteCell(2)))).toHaveClass(/marked/);
    await inBothThemes(page, 'exam', () => legendInView(page));

    await page.locator(id(TestId.examSubmit)).click();
    await expect(page.locator(id(TestId.examConfirmYes))).toBeFocused();
    await inBothThemes(page, 'exam-confirm');
    await page.locator(id(TestId.examConfirmYes)).click();

    await expect(page.locator(id(TestId.examResult))).toBeVisible();
    await page.locator('.review-list > li summary').first().click();
    await inBothThemes(page, 'exam-result');
    await page.locator(id(TestId.reviewFilter('flagged'))).click();
    await expect(page.locator('.review-list > li')).toHaveCount(2);
    await page.locator('.review-list > li summary').first().click();
    await page.locator('.review-list').scrollIntoViewIfNeeded();
    await inBothThemes(page, 'exam-review-flagged');
  } finally {
    await app.stop();
  }
});

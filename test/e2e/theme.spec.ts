import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { id, onboard, openApp, questionsDir, shots } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

/** Colour contrast (WCAG AA) of what is on screen now. */
async function contrastProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
}

async function shootBoth(page: Page, name: string): Promise<void> {
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 768 });
    await page.screenshot({ path: `${shots}/${name}-${width}.png` });
  }
}

test('夜间模式: 跟随系统 follows the system, 白天/夜间 in 设置, every main screen passes axe contrast in both', async ({
  guardedPage: page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const dataDir = freshDataDir();
  const app = await startApp(dataDir, ['--questions', questionsDir]);
  const html = page.locator('html');
  try {
    await openApp(page, app);
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await onboard(page, 'junior');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(html).toHaveAttribute('data-theme', 'light');

    for (const theme of ['夜间', '白天'] as const) {
      const key = theme === '夜间' ? 'dark' : 'light';
      await page.getByRole('button', { name: '设置' }).click();
      await page.getByLabel(theme, { exact: true }).check();
      await expect(html).toHaveAttribute('data-theme', key);
      await expect(page.getByText('已保存')).toBeVisible();
      expect(await contrastProblems(page), `设置 in ${theme}`).toEqual([]);
      await page.locator(id(TestId.brandHome)).click();
      await expect(page.locator(id(TestId.home))).toBeVisible();
      expect(await contrastProblems(page), `home in ${theme}`).toEqual([]);
      await shootBoth(page, `home-${key}`);

      const row = page
        .locator(`${id(TestId.subject('jc'))} li.chapter`)
        .filter({ has: page.getByRole('button', { name: '背题' }) })
        .first();
      await row.getByRole('button', { name: '练习' }).click();
      await expect(page.locator(id(TestId.questionStem))).toBeVisible();
      await page.keyboard.press('1');
      expect(await contrastProblems(page), `practice in ${theme}`).toEqual([]);
      await shootBoth(page, `practice-${key}`);
      await page.keyboard.press('Enter');
      await expect(page.locator(id(TestId.feedback))).toBeVisible();
      expect(await contrastProblems(page), `feedback in ${theme}`).toEqual([]);
      await page.getByRole('button', { name: '结束练习' }).click();

      await row.getByRole('button', { name: '背题' }).click();
      await expect(page.locator(id(TestId.read))).toBeVisible();
      expect(await contrastProblems(page), `背题 in ${theme}`).toEqual([]);
      await shootBoth(page, `read-${key}`);
      await page.getByRole('button', { name: '结束背题' }).click();

      await page.getByRole('button', { name: '错题本' }).click();
      expect(await contrastProblems(page), `错题本 in ${theme}`).toEqual([]);
      await page.locator(id(TestId.brandHome)).click();
    }
    // The choice is kept: 白天 stays even though the system is dark.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await page.locator(id(TestId.appReady)).waitFor({ state: 'attached' });
    await expect(html).toHaveAttribute('data-theme', 'light');
  } finally {
    await app.stop();
  }
});

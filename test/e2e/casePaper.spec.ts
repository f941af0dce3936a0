import { expect, test } from './support/fixtures';
import { onboard, openApp, questionsDir } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

const shotDir = '/tmp/practice17-shots';

test('实务 纸上作答: material on screen, a per-case clock with a gentle notice at the end, then self-marking; typed mode counts 字数', async ({
  guardedPage: page,
}) => {
  const app = await startApp(freshDataDir(), ['--questions', questionsDir]);
  try {
    await page.clock.install();
    await openApp(page, app);
    await onboard(page, 'intermediate');
    await page.getByRole('article').filter({ hasText: '社会工作实务（中级）' }).getByRole('button', { name: '案例练习' }).first().click();

    // Typed mode (the default) with a live 字数.
    const modes = page.getByRole('radiogroup', { name: '作答方式' });
    await expect(modes.getByRole('radio', { name: '在电脑上打字' })).toHaveAttribute('aria-checked', 'true');
    await page.getByRole('textbox').first().fill('需要分析：缺少 社会支持');
    await expect(page.getByText('字数：11')).toBeVisible();

    // 纸上作答: no typing box, the clock runs.
    await modes.getByRole('radio', { name: '纸上作答（计时）' }).click();
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expect(page.getByText('请在纸上作答').first()).toBeVisible();
    await expect(page.getByRole('timer')).toHaveText(/剩余时间 (25:00|24:5\d)/);
    await page.getByLabel('每道案例').selectOption('30');
    await expect(page.getByRole('timer')).toHaveText(/剩余时间 (30:00|29:5\d)/);
    await page.clock.fastForward('12:00');
    await expect(page.getByRole('timer')).toHaveText(/剩余时间 (18:00|17:5\d)/);
    for (const [w, h] of [
      [1366, 768],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `${shotDir}/case-paper-${w}.png`, fullPage: true });
    }
    await page.clock.fastForward('18:05');
    await expect(page.getByRole('timer')).toHaveText('剩余时间 00:00');
    await expect(page.getByRole('status').filter({ hasText: '时间到了' })).toBeVisible();

    // Self-marking against the reference points, as in typed mode.
    await page.getByRole('button', { name: '写完了，查看参考要点并自评' }).click();
    await expect(page.getByText('参考要点（勾选你答到的要点）').first()).toBeVisible();
    await expect(page.getByText('（写在纸上）').first()).toBeVisible();
    await expect(page.getByRole('timer')).toHaveCount(0);
    // 答题思路 is said once, as the heading.
    await expect(page.locator('.explanation').first()).not.toContainText(/^答题思路/);
    await page.getByRole('checkbox').first().check();
    await page.getByRole('button', { name: '保存自评' }).click();
    await expect(page.getByText(/^已保存：/)).toBeVisible();
    await page.screenshot({ path: `${shotDir}/case-paper-marked-1024.png`, fullPage: true });
  } finally {
    await app.stop();
  }
});

import { expect, test } from './support/fixtures';
import { onboard, openApp, questionsDir } from './support/steps';
import { freshDataDir, startApp, type RunningApp } from './support/webRuntime';

const shotDir = '/tmp/practice17-shots';

test('first run: a 4-step guide on home, shown once per learner, skippable, and again from 帮助', async ({ guardedPage: page }) => {
  const dataDir = freshDataDir();
  let app: RunningApp = await startApp(dataDir, ['--questions', questionsDir]);
  try {
    await openApp(page, app);
    await onboard(page, 'junior');
    const guide = page.getByRole('region', { name: '新手引导' });
    await expect(guide).toBeVisible();
    await expect(guide.getByText('第 1 步，共 4 步')).toBeVisible();
    await expect(guide.getByRole('heading', { name: '每天从“今日学习”开始' })).toBeVisible();
    for (const [w, h] of [
      [1366, 768],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `${shotDir}/guide-home-${w}.png`, fullPage: true });
    }
    await guide.getByRole('button', { name: '下一步' }).click();
    await expect(guide.getByText('按 Enter 提交')).toBeVisible();
    await guide.getByRole('button', { name: '下一步' }).click();
    await expect(guide.getByText(/错题本/)).toBeVisible();
    await guide.getByRole('button', { name: '上一步' }).click();
    await expect(guide.getByText('第 2 步，共 4 步')).toBeVisible();
    await guide.getByRole('button', { name: '跳过引导' }).click();
    await expect(guide).toHaveCount(0);

    // Not shown again, after a restart either.
    await app.stop();
    app = await startApp(dataDir, ['--questions', questionsDir]);
    await openApp(page, app);
    await expect(page.getByRole('button', { name: '帮助' })).toBeVisible();
    await expect(page.getByRole('region', { name: '新手引导' })).toHaveCount(0);

    // 帮助: plain answers, and the guide once more.
    await page.getByRole('button', { name: '帮助' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '帮助' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '分数是怎么算的？' })).toBeVisible();
    await page.screenshot({ path: `${shotDir}/help-1024.png`, fullPage: true });
    await page.getByRole('button', { name: '再看一遍新手引导' }).click();
    const again = page.getByRole('region', { name: '新手引导' });
    for (let i = 0; i < 3; i++) await again.getByRole('button', { name: '下一步' }).click();
    await expect(again.getByText('第 4 步，共 4 步')).toBeVisible();
    await again.getByRole('button', { name: '知道了，开始使用' }).click();
    await expect(again).toHaveCount(0);
    await page.getByRole('button', { name: '返回首页' }).click();
    await expect(page.getByRole('region', { name: '新手引导' })).toHaveCount(0);
  } finally {
    await app.stop();
  }
});

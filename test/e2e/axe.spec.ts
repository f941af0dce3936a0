import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { validateBank } from '@core/bank/validateBank';
import { readBankDir } from '../../electron/main/bank/readBankDir';
import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { answer, id, itemsByStem, openApp, questionsDir } from './support/steps';
import { writeStudyHistory } from './support/reportHistory';
import { freshDataDir, startApp } from './support/webRuntime';

/** Every axe rule (WCAG A/AA and best practice) on what is on screen now; one line per failing element. */
async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).analyze();
  return found.flatMap((v) => v.nodes.map((n) => `${v.id} · ${n.target.join(' ')} · ${n.failureSummary ?? ''}`));
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on start, home, practice, feedback, 错题本, 学习报告 and both halves of 设置 (${scheme})`, async ({
    guardedPage: page,
  }) => {
    test.setTimeout(120_000);
    // 跟随系统: the system's scheme gives the day or night colours on every screen, the start screen included.
    await page.emulateMedia({ colorScheme: scheme });
    const items = await itemsByStem();
    const app = await startApp(freshDataDir(), ['--questions', questionsDir]);
    const check = async (what: string) => expect.soft(await violations(page), `${what} (${scheme})`).toEqual([]);
    try {
      await openApp(page, app);
      await expect(page.getByRole('heading', { level: 1, name: '选择学员' })).toBeVisible();
      await check('start');

      await page.getByLabel('名字').fill('王芳');
      await page.locator(id(TestId.levelOption('junior'))).click();
      await page.getByRole('button', { name: '开始学习' }).click();
      await expect(page.locator(id(TestId.home))).toBeVisible();
      await check('home');

      await page
        .locator(`${id(TestId.subject('jc'))} [data-testid^="practice-"]`)
        .first()
        .click();
      await expect(page.locator(id(TestId.questionStem))).toBeVisible();
      await check('practice');
      await page.locator(id(TestId.option('A'))).click();
      await page.locator(id(TestId.submit)).click();
      await expect(page.locator(id(TestId.feedback))).toBeVisible();
      await check('practice feedback');
      await page.locator(id(TestId.next)).click();
      await answer(page, items, false);
      await page.getByRole('button', { name: '结束练习' }).click();
      await expect(page.locator(id(TestId.home))).toBeVisible();

      await page.getByRole('button', { name: '错题本' }).click();
      await expect(page.getByRole('heading', { level: 1, name: '错题本' })).toBeVisible();
      await check('错题本');
      await page.locator(id(TestId.brandHome)).click();

      await page.getByRole('button', { name: '学习报告' }).click();
      await expect(page.getByRole('heading', { level: 1, name: '学习报告' })).toBeVisible();
      await expect(page.locator(id(TestId.forecastChart))).toHaveAttribute('data-drawn', 'yes');
      await check('学习报告');

      await page.getByRole('button', { name: '设置' }).click();
      await expect(page.getByRole('tab', { name: '我的设置' })).toHaveAttribute('aria-selected', 'true');
      await check('我的设置');
      await page.getByRole('tab', { name: '培训机构管理（老师用）' }).click();
      await page.getByLabel('新的管理员密码（4 到 8 位数字）').fill('24680');
      await page.getByRole('button', { name: '设置管理员密码' }).click();
      await expect(page.getByText('管理员密码已设置')).toBeVisible();
      await check('培训机构管理 (open)');
      await page.getByRole('button', { name: '退出管理' }).click();
      await page.getByLabel('管理员密码（4 到 8 位数字）').fill('1111');
      await page.getByRole('button', { name: '进入管理' }).click();
      await expect(page.getByRole('alert')).toContainText('管理员密码不正确');
      await check('培训机构管理 (door, wrong password)');

      // Back on the start screen with a learner's 管理 panel open (names, passwords, reset by the administrator).
      await page.getByRole('button', { name: '切换学员' }).click();
      await page.getByRole('button', { name: '管理学员 王芳' }).click();
      await expect(page.getByLabel('新名字')).toBeVisible();
      await check('start, 管理 open');
    } finally {
      await app.stop();
    }
  });
}

test('axe finds nothing on a 今日学习 long enough for the 答题卡 to page (a learner with a backlog)', async ({ guardedPage: page }) => {
  test.setTimeout(120_000);
  /** 2026-11-28 20:30 in China. */
  const NOW = Date.parse('2026-11-28T12:30:00Z');
  const bank = validateBank(await readBankDir(questionsDir));
  const singles = bank.items.filter((i) => i.subject === 'jc' && i.item.type === 'single').map((i) => i.item.id);
  const dataDir = freshDataDir();
  let app = await startApp(dataDir, ['--questions', questionsDir, '--now', String(NOW)]);
  await openApp(page, app);
  await page.getByLabel('名字').fill('王芳');
  await page.locator(id(TestId.levelOption('junior'))).click();
  await page.getByRole('button', { name: '开始学习' }).click();
  await expect(page.locator(id(TestId.home))).toBeVisible();
  await app.stop();
  // Half a year of reviews on 300 items, the last ones 38 days ago: a backlog of due cards today.
  writeStudyHistory(dataDir, NOW, singles.slice(0, 300), []);
  app = await startApp(dataDir, ['--questions', questionsDir, '--now', String(NOW)]);
  const check = async (what: string) => expect.soft(await violations(page), what).toEqual([]);
  try {
    await openApp(page, app);
    if (!(await page.locator(id(TestId.home)).isVisible())) await page.getByRole('button', { name: /王芳/ }).first().click();
    await page.locator(id(TestId.todayStart)).click();
    await expect(page.locator(id(TestId.questionStem))).toBeVisible();
    await expect(page.locator(id(TestId.practiceCardNext))).toBeVisible();
    await check('今日学习, 答题卡 page 1');
    await page.locator(id(TestId.practiceCardNext)).click();
    await expect(page.locator(id(TestId.practiceCardPrev))).toBeEnabled();
    await expect(page.locator(id(TestId.practiceCardBack))).toBeVisible();
    await check('今日学习, 答题卡 page 2');
  } finally {
    await app.stop();
  }
});

import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { id, itemsByStem, openApp, questionsDir } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

/** Screenshots of the walk, looked at by hand (not committed). */
const SHOTS = process.env['UX15_SHOTS'] ?? '/tmp/ux15-shots';

/** True when the whole of `box` is inside the window (the learner sees it without scrolling). */
async function inView(page: Page, l: Locator): Promise<boolean> {
  const box = await l.boundingBox();
  const vp = page.viewportSize()!;
  return !!box && box.y >= 0 && box.y + box.height <= vp.height;
}

/** Header texts that wrap onto more than one line (at the largest size they once broke one character per line). */
async function wrappedHeaderTexts(page: Page): Promise<string[]> {
  return page.locator('.topbar').evaluate((bar) =>
    [...bar.querySelectorAll<HTMLElement>('.btn, .learner, .badge, .brand-name, .brand-tag, .font-step-label, .font-step strong')]
      .filter((el) => el.offsetParent !== null)
      .filter((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top / 4)));
        return tops.size > 1;
      })
      .map((el) => (el.textContent ?? '').trim()),
  );
}

const sizes = [
  { name: '标准', step: 0 },
  { name: '特大', step: 3 },
] as const;
const widths = [1366, 1024] as const;

for (const size of sizes)
  for (const width of widths)
    test(`a first evening at ${width}×768, text size ${size.name}: learner, practice, 错题本, 学习报告, 设置`, async ({
      guardedPage: page,
    }) => {
      test.setTimeout(120_000);
      mkdirSync(SHOTS, { recursive: true });
      const shot = (what: string, fullPage = false) => page.screenshot({ path: `${SHOTS}/${width}-${size.step}-${what}.png`, fullPage });
      await page.setViewportSize({ width, height: 768 });
      const items = await itemsByStem();
      const app = await startApp(freshDataDir(), ['--questions', questionsDir]);
      try {
        await openApp(page, app);
        // The start screen: text size by the header's buttons, named by what they do; the step by its name.
        await expect(page.getByRole('heading', { level: 1, name: '选择学员' })).toBeVisible();
        const bigger = page.getByRole('button', { name: 'A+ 放大字号' });
        for (let i = 0; i < size.step; i++) await bigger.click();
        await expect(page.locator(id(TestId.fontStepName))).toHaveText(`字号 ${size.name}`);
        await expect(page.getByRole('group', { name: `字号：${size.name}` })).toBeVisible();
        // Remembered for this computer: a reload (the next start) keeps it.
        await page.reload();
        await page.locator(id(TestId.appReady)).waitFor({ state: 'attached' });
        await expect(page.locator(id(TestId.fontStepName))).toHaveText(`字号 ${size.name}`);
        await shot('01-start');

        // A new learner with an exam date, typed 年 月 日.
        await page.getByLabel('名字').fill('王芳');
        await page.getByText('初级（助理社会工作师）').click();
        const date = page.getByRole('group', { name: /考试日期/ });
        await date.getByLabel('年').fill('2027');
        await date.getByLabel('月').fill('6');
        await date.getByLabel('日').fill('19');
        await page.getByRole('button', { name: '开始学习' }).click();
        await expect(page.locator(id(TestId.home))).toBeVisible();
        await expect(page.getByText(/距离考试还有 \d+ 天/)).toBeVisible();
        await expect(page.locator(id(TestId.fontStepName))).toHaveText(`字号 ${size.name}`);
        expect(await wrappedHeaderTexts(page)).toEqual([]);
        await shot('02-home');

        // Practice: after 提交 the verdict, my choice and the key stay in view.
        await page
          .locator(`${id(TestId.subject('jc'))} li.chapter`)
          .first()
          .getByRole('button', { name: '练习' })
          .click();
        await expect(page.locator(id(TestId.questionStem))).toBeVisible();
        await shot('03-practice');
        const stem = (await page.locator(id(TestId.questionStem)).textContent())!;
        const item = items.get(stem)!;
        const wrong = item.options.map((o) => o.key).find((k) => !item.answer.includes(k))!;
        await page.locator(id(TestId.option(wrong))).click();
        await page.getByRole('button', { name: /提交/ }).click();
        const verdict = page.locator(id(TestId.feedbackVerdict));
        await expect(verdict).toBeVisible();
        expect.soft(await inView(page, verdict), 'the verdict is in view after 提交').toBe(true);
        expect.soft(await inView(page, page.locator(id(TestId.feedbackKey))), 'the key is in view after 提交').toBe(true);
        await shot('04-feedback');
        await page.getByRole('button', { name: '结束练习' }).click();
        await expect(page.locator(id(TestId.home))).toBeVisible();

        // 错题本: the entry opens in place.
        await page.getByRole('button', { name: '错题本' }).click();
        await expect(page.getByRole('heading', { level: 1, name: '错题本' })).toBeVisible();
        const row = page.locator(id(TestId.mistakes)).locator('li', { hasText: stem }).first();
        await row.getByRole('button', { name: '看答案和解析' }).click();
        await expect(row).toContainText(`正确答案：${item.answer.join('、')}`);
        await shot('05-mistakes');
        await page.locator(id(TestId.brandHome)).click();

        // 学习报告 with a predicted score against the pass line.
        await page.getByRole('button', { name: '学习报告' }).click();
        await expect(page.getByRole('heading', { level: 1, name: '学习报告' })).toBeVisible();
        await expect(page.locator(id(TestId.reportPredicted('jc')))).toContainText(/预计得分 [\d.]+ \/ 100 分 · 及格线 60 分/);
        await shot('06-report');

        // 设置: 我的设置 without paths or file jargon; 培训机构管理（老师用） behind its password.
        await page.getByRole('button', { name: '设置' }).click();
        const mine = page.getByRole('tabpanel', { name: '我的设置' });
        await expect(mine).toBeVisible();
        await expect(mine).not.toContainText(/CSV|README|PIN|[A-Z]:\\|\/tmp\//);
        expect(await wrappedHeaderTexts(page)).toEqual([]);
        await shot('07-settings-mine', true);
        await page.getByRole('tab', { name: '培训机构管理（老师用）' }).click();
        await page.getByLabel('新的管理员密码（4 到 8 位数字）').fill('24680');
        await page.getByRole('button', { name: '设置管理员密码' }).click();
        await expect(page.getByText('管理员密码已设置')).toBeVisible();
        await shot('08-settings-centre', true);
        await page.getByRole('button', { name: '退出管理' }).click();
        const door = page.getByLabel('管理员密码（4 到 8 位数字）');
        await door.fill('1357');
        await door.press('Enter');
        const refusal = page.locator('#admin-gate-error');
        await expect(refusal).toContainText('管理员密码不正确');
        await expect(door).toHaveValue('');
        // The message sits right under the box.
        const boxAt = (await door.boundingBox())!;
        const msgAt = (await refusal.boundingBox())!;
        expect(msgAt.y - (boxAt.y + boxAt.height)).toBeLessThan(80);
        await shot('09-settings-door');
        await door.fill('24680');
        await door.press('Enter');
        await expect(page.locator(id(TestId.centre))).toBeVisible();
      } finally {
        await app.stop();
      }
    });

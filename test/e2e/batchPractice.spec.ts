import type { Page } from '@playwright/test';
import type { ObjectiveItem } from '@shared/bank/schema';
import { expect, test } from './support/fixtures';
import { itemsByStem, onboard, openApp, questionsDir } from './support/steps';
import { freshDataDir, startApp, type RunningApp } from './support/webRuntime';

const shotDir = '/tmp/practice17-shots';

async function itemOnScreen(page: Page, items: Map<string, ObjectiveItem>): Promise<ObjectiveItem> {
  const stem = (await page.locator('.question .stem').textContent())!;
  const item = items.get(stem);
  expect(item, `question on screen is in the bank: ${stem}`).toBeDefined();
  return item!;
}

const wrongKey = (item: ObjectiveItem) => item.options.map((o) => o.key).find((k) => !item.answer.includes(k))!;
/** An option of the item on screen by its letter (round buttons for 单选, square boxes for 多选). */
const option = (page: Page, item: ObjectiveItem, key: string) =>
  page.locator('.question').getByRole(item.type === 'single' ? 'radio' : 'checkbox', { name: new RegExp(`^${key}`) });

test('做完一组再看答案: 答题卡, answers kept through a crash, one review of the whole set with the 解析', async ({ guardedPage: page }) => {
  const items = await itemsByStem();
  const dataDir = freshDataDir();
  let app: RunningApp = await startApp(dataDir, ['--questions', questionsDir]);
  try {
    await openApp(page, app);
    await onboard(page, 'junior');
    // The first 综合能力 chapter: 练习.
    await page
      .getByRole('article')
      .filter({ hasText: '社会工作综合能力（初级）' })
      .getByRole('button', { name: '练习', exact: true })
      .first()
      .click();

    // Instant feedback is the default, and it has the 答题卡 too.
    const modes = page.getByRole('radiogroup', { name: '练习方式' });
    await expect(modes.getByRole('radio', { name: '逐题看答案' })).toHaveAttribute('aria-checked', 'true');
    const card = page.getByRole('navigation', { name: '答题卡' });
    await expect(card.getByRole('button', { name: '第1题 未答' })).toBeVisible();

    // Switch to batch practice, 10 items a set.
    await modes.getByRole('radio', { name: '做完一组再看答案' }).click();
    await expect(modes.getByRole('radio', { name: '做完一组再看答案' })).toHaveAttribute('aria-checked', 'true');
    await page.getByLabel('每组题数').selectOption('10');
    await expect(page.getByLabel('每组题数')).toHaveValue('10');
    // The first chapter has more than 20 items (the default set was 20): now a set of 10.
    const total = 10;
    await expect(card.getByRole('button')).toHaveCount(total);

    // Three wrong answers, each confirmed: no key or 解析 shown, the next item comes.
    const wrongStems: string[] = [];
    for (let n = 1; n <= 3; n++) {
      await expect(page.getByText(`第 ${n} / ${total} 题`)).toBeVisible();
      const item = await itemOnScreen(page, items);
      wrongStems.push(item.stem);
      if (n === 2) {
        await page.getByRole('button', { name: /^标记/ }).click();
        await expect(card.getByRole('button', { name: '第2题 未答 已标记' })).toBeVisible();
      }
      await option(page, item, wrongKey(item)).click();
      await page.getByRole('button', { name: /^确认/ }).click();
      await expect(card.getByRole('button', { name: new RegExp(`^第${n}题 已答`) })).toBeVisible();
    }
    await expect(page.getByText('回答正确')).toHaveCount(0);
    await expect(page.getByText('回答错误')).toHaveCount(0);
    // An answered item opened from the 答题卡 shows the choice without the key.
    await card.getByRole('button', { name: '第1题 已答' }).click();
    await expect(page.getByText('这道题已作答并保存')).toBeVisible();
    for (const [w, h] of [
      [1366, 768],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `${shotDir}/batch-answering-${w}.png`, fullPage: true });
    }

    // The power goes off mid-set: the window goes with the runtime (SIGKILL, no clean shutdown).
    await page.goto('about:blank');
    await app.kill();
    app = await startApp(dataDir, ['--questions', questionsDir]);
    await openApp(page, app);
    await expect(page.getByRole('button', { name: '错题本' })).toBeVisible();

    // The three answers given before the crash are in the log: 错题本 has them.
    await page.getByRole('button', { name: '错题本' }).click();
    await expect(page.getByText('共 3 题')).toBeVisible();
    for (const s of wrongStems) await expect(page.getByText(s).first()).toBeVisible();

    // The mode is remembered; a whole set, with 单选题选完自动下一题.
    await page.getByRole('button', { name: '首页' }).first().click();
    await page
      .getByRole('article')
      .filter({ hasText: '社会工作综合能力（初级）' })
      .getByRole('button', { name: '练习', exact: true })
      .first()
      .click();
    await expect(modes.getByRole('radio', { name: '做完一组再看答案' })).toHaveAttribute('aria-checked', 'true');
    await page.getByLabel('单选题选完自动下一题').check();
    const set = await card.getByRole('button').count();
    const given: { item: ObjectiveItem; right: boolean }[] = [];
    for (let n = 1; n <= set; n++) {
      await expect(page.getByText(`第 ${n} / ${set} 题`)).toBeVisible();
      const item = await itemOnScreen(page, items);
      const right = n % 2 === 1;
      given.push({ item, right });
      for (const k of right ? item.answer : [wrongKey(item)]) await option(page, item, k).click();
      // A 单选 moves on by itself; a 多选 waits for 确认.
      if (item.type === 'multiple') await page.getByRole('button', { name: /^确认/ }).click();
      if (n < set) await expect(card.getByRole('button', { name: new RegExp(`^第${n}题 已答`) })).toBeVisible();
    }

    // One review of the whole set.
    await expect(page.getByRole('heading', { name: '本组答案与解析' })).toBeVisible();
    const right = given.filter((g) => g.right).length;
    await expect(page.getByText(`答对 ${right} / ${set} 题`)).toBeVisible();
    await expect(page.getByText(/多选题每题 2 分/)).toBeVisible();
    // Wrong ones are open with their 解析; a right one opens on a click.
    const wrongOne = given.find((g) => !g.right)!;
    await expect(page.getByText(wrongOne.item.explanation).first()).toBeVisible();
    const rightOne = given[0]!;
    await expect(page.getByText(rightOne.item.explanation)).toBeHidden();
    await page.getByRole('listitem').filter({ hasText: rightOne.item.stem }).getByText('看解析').click();
    await expect(page.getByText(rightOne.item.explanation).first()).toBeVisible();
    for (const [w, h] of [
      [1366, 768],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `${shotDir}/batch-review-${w}.png`, fullPage: true });
    }

    // Back to instant feedback: 答对自动下一题 moves on after a right answer.
    await page.getByRole('button', { name: '再练一组' }).click();
    await modes.getByRole('radio', { name: '逐题看答案' }).click();
    await expect(modes.getByRole('radio', { name: '逐题看答案' })).toHaveAttribute('aria-checked', 'true');
    await page.getByLabel('答对自动下一题').check();
    const first = await itemOnScreen(page, items);
    for (const k of first.answer) await option(page, first, k).click();
    await page.getByRole('button', { name: /^提交答案/ }).click();
    await expect(page.getByText('回答正确')).toBeVisible();
    await expect(page.getByText(/^第 2 \//)).toBeVisible();
    await expect(card.getByRole('button', { name: '第1题 答对' })).toBeVisible();
    await page.screenshot({ path: `${shotDir}/instant-card-1024.png`, fullPage: true });
  } finally {
    await app.stop();
  }
});

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { ObjectiveItem } from '@shared/bank/schema';
import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { expectNoMouse, tabTo, watchMouse } from './support/keyboard';
import { id, itemsByStem, onboard, openApp, questionsDir, shots } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

/**
 * Issue 15: 收藏 entries open in place like the 错题本's (the last answer or 未作答过, the key, the 解析, the 依据,
 * the note), filter, 取消收藏 in place, print and export; with the mouse, and with the keyboard only.
 */

type Starred = { wrong: { stem: string; item: ObjectiveItem; chosen: string }; never: { stem: string; item: ObjectiveItem } };

const wrongKey = (item: ObjectiveItem) => item.options.map((o) => o.key).find((k) => !item.answer.includes(k))!;

/** The stems of review items 1 (answered wrongly) and 2 (left unanswered) of a mock just handed in. */
async function reviewStems(page: Page, items: Map<string, ObjectiveItem>, chosen: string): Promise<Starred> {
  const stemOf = async (no: number) => {
    const own = page
      .locator(id(TestId.reviewItem(no)))
      .locator('summary')
      .first();
    const text = (await own.textContent())!;
    // The longest stem in the summary (a shorter stem may be part of a longer one).
    const stem = [...items.keys()].filter((s) => text.includes(s)).sort((a, b) => b.length - a.length)[0]!;
    expect(stem, `review item ${no} is in the bank`).toBeDefined();
    return stem;
  };
  const wrong = await stemOf(1);
  const never = await stemOf(2);
  return { wrong: { stem: wrong, item: items.get(wrong)!, chosen }, never: { stem: never, item: items.get(never)! } };
}

/** 收藏 → one entry opened: what it shows for an item answered wrongly and for one never answered. */
async function expectOpened(page: Page, s: Starred): Promise<void> {
  const screen = page.locator(id(TestId.favourites));
  const wrongRow = screen.locator('li', { hasText: s.wrong.stem }).first();
  const neverRow = screen.locator('li', { hasText: s.never.stem }).first();
  await expect(wrongRow).toContainText('答过 1 次 · 答错 1 次');
  await expect(neverRow).toContainText('未作答过');
  for (const [row, item] of [
    [wrongRow, s.wrong.item],
    [neverRow, s.never.item],
  ] as const) {
    await expect(row.getByRole('button', { name: '收起' })).toHaveAttribute('aria-expanded', 'true');
    await expect(row.getByText('解析', { exact: true })).toBeVisible();
    await expect(row).toContainText(`正确答案：${item.answer.join('、')}`);
    await expect(row).toContainText(item.explanation);
    if ('basis' in item && item.basis) await expect(row).toContainText(item.basis);
  }
  await expect(wrongRow).toContainText(`你上次的答案：${s.wrong.chosen}（答错了）`);
  await expect(wrongRow.getByText('你选的')).toBeVisible();
  await expect(neverRow).toContainText('你上次的答案：未作答过');
  await expect(neverRow.getByText('你选的')).toHaveCount(0);
}

async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).analyze();
  return found.flatMap((v) => v.nodes.map((n) => `${v.id} · ${n.target.join(' ')} · ${n.failureSummary ?? ''}`));
}

test('收藏 with the mouse: two starred items open in place, filter, print, export and 取消收藏; axe; 1366/1024 at 标准 and 特大', async ({
  guardedPage: page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const items = await itemsByStem();
  const app = await startApp(freshDataDir(), ['--questions', questionsDir]);
  try {
    await openApp(page, app);
    await onboard(page, 'junior');

    // A mock: item 1 answered wrongly, item 2 left; handed in at once, both starred from the review.
    await page.getByRole('button', { name: '模拟考试' }).click();
    await page.locator(id(TestId.examStart('jc'))).click();
    const first = items.get((await page.locator(id(TestId.questionStem)).textContent())!)!;
    const chosen = wrongKey(first);
    await page.locator(id(TestId.option(chosen))).click();
    await page.getByRole('button', { name: '交卷' }).click();
    await page.getByRole('button', { name: '确定交卷' }).click();
    await expect(page.locator(id(TestId.examResult))).toBeVisible();
    const starred = await reviewStems(page, items, chosen);
    for (const no of [1, 2]) {
      const item = page.locator(id(TestId.reviewItem(no)));
      await item.locator('summary').first().click();
      await item.getByRole('button', { name: '☆ 收藏' }).click();
      await expect(item.getByRole('button', { name: '★ 已收藏' })).toHaveAttribute('aria-pressed', 'true');
    }

    await page.locator(id(TestId.brandHome)).click();
    await page.getByRole('button', { name: '收藏', exact: true }).click();
    const screen = page.locator(id(TestId.favourites));
    await expect(page.getByRole('heading', { level: 1, name: '收藏' })).toBeVisible();
    await expect(screen.getByText('共 2 题', { exact: true })).toBeVisible();
    const wrongRow = screen.locator('li', { hasText: starred.wrong.stem }).first();
    const neverRow = screen.locator('li', { hasText: starred.never.stem }).first();
    await expect(wrongRow.getByText('解析', { exact: true })).toBeHidden();
    await expect(wrongRow.getByRole('button', { name: '看答案和解析' })).toHaveAttribute('aria-expanded', 'false');
    await wrongRow.getByRole('button', { name: '看答案和解析' }).click();
    await neverRow.getByRole('button', { name: '看答案和解析' }).click();
    await expectOpened(page, starred);

    // Expanded, at both widths, at the smallest and the largest text size; axe finds nothing.
    const bigger = page.getByRole('button', { name: 'A+ 放大字号' });
    const smaller = page.getByRole('button', { name: 'A− 缩小字号' });
    for (const size of ['标准', '特大'] as const) {
      if (size === '特大') for (let i = 0; i < 3; i++) await bigger.click();
      await expect(page.locator(id(TestId.fontStepName))).toHaveText(`字号 ${size}`);
      for (const w of [1366, 1024] as const) {
        await page.setViewportSize({ width: w, height: 768 });
        await page.screenshot({ path: `${shots}/favourites-${w}-${size}.png`, fullPage: true });
        await neverRow.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${shots}/favourites-${w}-${size}-entry.png` });
      }
      expect.soft(await violations(page), `收藏 expanded (${size})`).toEqual([]);
    }
    for (let i = 0; i < 3; i++) await smaller.click();
    await expect(page.locator(id(TestId.fontStepName))).toHaveText('字号 标准');
    await page.setViewportSize({ width: 1366, height: 768 });

    // Filters: 答题情况, then 科目 and 章节; back to 全部.
    const status = screen.getByLabel('答题情况');
    await status.selectOption({ label: '答错过' });
    await expect(screen.getByText('共 2 题，筛选后显示 1 题')).toBeVisible();
    await expect(wrongRow).toBeVisible();
    await expect(neverRow).toHaveCount(0);
    await status.selectOption({ label: '未作答过' });
    await expect(neverRow).toBeVisible();
    await expect(wrongRow).toHaveCount(0);
    await status.selectOption({ label: '上次答对' });
    await expect(screen.getByText('没有符合筛选条件的题目。')).toBeVisible();
    await status.selectOption({ label: '全部' });
    const chapter = screen.getByLabel('章节');
    await expect(chapter).toBeDisabled();
    await screen.getByLabel('科目').selectOption({ label: '社会工作综合能力（初级）' });
    await chapter.selectOption(starred.wrong.item.chapter);
    await expect(wrongRow).toBeVisible();
    if (starred.never.item.chapter !== starred.wrong.item.chapter) await expect(neverRow).toHaveCount(0);
    await screen.getByLabel('科目').selectOption({ label: '社会工作实务（初级）' });
    await expect(chapter).toHaveValue('');
    await expect(screen.getByText('共 2 题，筛选后显示 0 题')).toBeVisible();
    await screen.getByLabel('科目').selectOption({ label: '全部' });
    await expect(screen.getByText('共 2 题', { exact: true })).toBeVisible();

    // Printed from this screen (Ctrl+P), as the 错题本: no header or buttons, every entry open.
    await wrongRow.getByRole('button', { name: '收起' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator(id(TestId.brandHome))).toBeHidden();
    await expect(page.getByRole('button', { name: '看答案和解析' })).toHaveCount(0);
    for (const s of [starred.wrong.stem, starred.never.stem])
      await expect(screen.locator('li', { hasText: s }).getByText('解析', { exact: true })).toBeVisible();
    await page.screenshot({ path: `${shots}/favourites-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // Exported to Excel with both items; the print view has both with their keys.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出收藏（Excel）' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^收藏-.*\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await file.path())!);
    const sheet = wb.worksheets[0]!;
    const stems = [2, 3].map((r) => String(sheet.getRow(r).getCell(4).value));
    expect(new Set(stems)).toEqual(new Set([starred.wrong.stem, starred.never.stem]));
    await page.getByRole('button', { name: '打印收藏' }).click();
    await expect(page.locator(id(TestId.printView))).toContainText(starred.wrong.stem);
    await expect(page.locator(id(TestId.printView))).toContainText(starred.never.stem);
    await page.getByRole('button', { name: '返回' }).click();

    // 取消收藏 in place: the entry leaves, the screen says so; it stays gone when the screen is opened again.
    await expect(page.getByRole('heading', { level: 1, name: '收藏' })).toBeVisible();
    await neverRow.getByRole('button', { name: '取消收藏' }).click();
    await expect(screen.getByRole('status')).toContainText(`已取消收藏：${starred.never.stem}`);
    await expect(neverRow).toHaveCount(0);
    await expect(screen.getByText('共 1 题', { exact: true })).toBeVisible();
    await page.locator(id(TestId.brandHome)).click();
    await page.getByRole('button', { name: '收藏', exact: true }).click();
    await expect(screen.getByText('共 1 题', { exact: true })).toBeVisible();
    await expect(screen.locator('li', { hasText: starred.wrong.stem }).first()).toBeVisible();
  } finally {
    await app.stop();
  }
});

test('收藏 keyboard only: star two items in a mock review, open both entries, filter, 取消收藏, print view', async ({
  guardedPage: page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  const items = await itemsByStem();
  const app = await startApp(freshDataDir(), ['--questions', questionsDir]);
  try {
    await openApp(page, app);
    await onboard(page, 'junior');
    await watchMouse(page);

    // A mock by keyboard: item 1 answered wrongly by its letter, then 交卷 and Enter in the dialog.
    await tabTo(page, page.locator(id(TestId.openExams)));
    await page.keyboard.press('Enter');
    await tabTo(page, page.locator(id(TestId.examStart('jc'))));
    await page.keyboard.press('Enter');
    const first = items.get((await page.locator(id(TestId.questionStem)).textContent())!)!;
    const chosen = wrongKey(first);
    await page.keyboard.press(chosen.toLowerCase());
    await expect(page.locator(id(TestId.option(chosen)))).toHaveAttribute('aria-checked', 'true');
    await tabTo(page, page.locator(id(TestId.examSubmit)), true);
    await page.keyboard.press('Enter');
    await expect(page.locator(id(TestId.examConfirmYes))).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator(id(TestId.examResult))).toBeVisible();
    const starred = await reviewStems(page, items, chosen);
    for (const no of [1, 2]) {
      const item = page.locator(id(TestId.reviewItem(no)));
      await tabTo(page, item.locator('summary').first());
      await page.keyboard.press('Enter');
      const star = item.getByRole('button', { name: '☆ 收藏' });
      await tabTo(page, star);
      await page.keyboard.press(no === 1 ? 'Enter' : 'Space');
      await expect(item.getByRole('button', { name: '★ 已收藏' })).toHaveAttribute('aria-pressed', 'true');
    }

    // Home by the logo, then 收藏.
    await tabTo(page, page.locator(id(TestId.brandHome)), true);
    await page.keyboard.press('Enter');
    await tabTo(page, page.locator(id(TestId.openFavourites)));
    await page.keyboard.press('Enter');
    const screen = page.locator(id(TestId.favourites));
    await expect(screen.getByText('共 2 题', { exact: true })).toBeVisible();
    const wrongRow = screen.locator('li', { hasText: starred.wrong.stem }).first();
    const neverRow = screen.locator('li', { hasText: starred.never.stem }).first();
    // Enter opens one entry, Space the other; Enter again closes and reopens (the state is announced).
    await tabTo(page, wrongRow.getByRole('button', { name: '看答案和解析' }));
    await page.keyboard.press('Enter');
    await expect(wrongRow.getByRole('button', { name: '收起' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(wrongRow.getByRole('button', { name: '看答案和解析' })).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await tabTo(page, neverRow.getByRole('button', { name: '看答案和解析' }));
    await page.keyboard.press('Space');
    await expectOpened(page, starred);

    // The 答题情况 filter by arrow keys on the focused list: 答错过 is the first choice after 全部.
    const status = screen.getByLabel('答题情况');
    await tabTo(page, status, true);
    await page.keyboard.press('ArrowDown');
    await expect(status).toHaveValue('wrongBefore');
    await expect(neverRow).toHaveCount(0);
    await expect(wrongRow).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(status).toHaveValue('never');
    await expect(neverRow).toBeVisible();
    await expect(wrongRow).toHaveCount(0);
    await page.keyboard.press('Home');
    await expect(status).toHaveValue('');
    await expect(screen.getByText('共 2 题', { exact: true })).toBeVisible();

    // 取消收藏 by Enter.
    await tabTo(page, neverRow.getByRole('button', { name: '取消收藏' }));
    await page.keyboard.press('Enter');
    await expect(screen.getByRole('status')).toContainText(`已取消收藏：${starred.never.stem}`);
    await expect(screen.getByText('共 1 题', { exact: true })).toBeVisible();

    // The print view by Enter, and back.
    await tabTo(page, page.getByRole('button', { name: '打印收藏' }), true);
    await page.keyboard.press('Enter');
    await expect(page.locator(id(TestId.printView))).toContainText(starred.wrong.stem);
    await expect(page.locator(id(TestId.printView))).not.toContainText(starred.never.stem);
    await tabTo(page, page.getByRole('button', { name: '返回' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: '收藏' })).toBeVisible();

    await expectNoMouse(page);
  } finally {
    await app.stop();
  }
});

import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { id, onboard, openApp, questionsDir } from './support/steps';
import { expectNoMouse, mousePresses, tabTo, watchMouse } from './support/keyboard';
import { freshDataDir, startApp } from './support/webRuntime';

test('keyboard only: a whole official mock (80 items) sat, marked, 交卷 through the dialog, then the review', async ({
  guardedPage: page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const app = await startApp(freshDataDir(), ['--questions', questionsDir]);
  try {
    await openApp(page, app);
    await onboard(page, 'junior');
    await watchMouse(page);

    // Home → 模拟考试 → the official 初级 综合能力 paper, by Tab and Enter.
    await tabTo(page, page.locator(id(TestId.openExams)));
    await page.keyboard.press('Enter');
    await expect(page.locator(id(TestId.examLobby))).toBeVisible();
    await tabTo(page, page.locator(id(TestId.examStart('jc'))));
    await page.keyboard.press('Enter');
    const screen = page.locator(id(TestId.examScreen));
    await expect(screen.getByRole('heading', { level: 1 })).toBeFocused();
    // The screen is the exam only: no app header, one text-size control, the keys written on screen.
    await expect(page.locator(id(TestId.brandHome))).toHaveCount(0);
    await expect(page.locator(id(TestId.fontBigger))).toHaveCount(0);
    await expect(page.getByRole('group', { name: '考试字号' })).toHaveCount(1);
    await expect(page.locator(id(TestId.examKeys))).toContainText('1–5 或 A–E 选择');
    const cells = page.locator(`${id(TestId.examScreen)} .palette-grid .cell`);
    await expect(cells).toHaveCount(80);

    // The skip link jumps past the 80 palette cells straight to the question's first option.
    await tabTo(page, page.locator(id(TestId.examSkip)));
    await page.keyboard.press('Enter');
    await expect(page.locator(id(TestId.option('A')))).toBeFocused();
    // ↓/↑ move between the options (wrapping round); Space chooses the focused one.
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(id(TestId.option('B')))).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(page.locator(id(TestId.option('D')))).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.locator(id(TestId.option('D')))).toHaveAttribute('aria-checked', 'true');

    // Ctrl + = / Ctrl + − step the exam's own 字号 (the only text-size control during a sitting).
    const bigger = screen.getByRole('button', { name: '字号大' });
    await expect(bigger).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('Control+Equal');
    await expect(bigger).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Control+Minus');
    await expect(screen.getByRole('button', { name: '字号中' })).toHaveAttribute('aria-pressed', 'true');

    // Every item: a number or a letter chooses, M marks, → goes on. Items 10, 20, … 80 are left unanswered.
    const stem = page.locator(id(TestId.questionStem));
    for (let n = 1; n <= 80; n++) {
      await expect(screen.locator('.exam-qno')).toContainText(`第 ${n} 题`);
      if (n % 10 !== 0) {
        if (n <= 60) {
          if (n > 1) await page.keyboard.press(String(((n - 1) % 4) + 1));
        } else {
          await page.keyboard.press('a');
          await page.keyboard.press('C');
          await expect(page.locator(id(TestId.option('C')))).toHaveAttribute('aria-checked', 'true');
        }
      }
      if (n === 5 || n === 70 || n === 80) {
        await page.keyboard.press('m');
        await expect(page.locator(id(TestId.paletteCell(n)))).toHaveClass(/marked/);
      }
      if (n < 80) {
        const before = await stem.textContent();
        await page.keyboard.press('ArrowRight');
        await expect(stem).not.toHaveText(before!);
      }
    }
    await expect(page.locator(`${id(TestId.examScreen)} .palette-grid .cell.answered`)).toHaveCount(72);
    // ← goes back; the mark shows as ▲ in the palette, not by colour alone.
    await page.keyboard.press('ArrowLeft');
    await expect(screen.locator('.exam-qno')).toContainText('第 79 题');
    await expect(page.locator(id(TestId.paletteCell(80)))).toContainText('▲');
    await page.keyboard.press('ArrowRight');

    // 离开考试 asks first, says the clock keeps running; Esc keeps the candidate in the exam.
    await tabTo(page, page.locator(id(TestId.examLeaveButton)), true);
    await page.keyboard.press('Enter');
    const leave = page.locator(id(TestId.examLeave));
    await expect(leave).toContainText('时间照样在走');
    await expect(leave.getByRole('button', { name: '离开，时间继续走' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(leave).toHaveCount(0);
    await expect(page.locator(id(TestId.examLeaveButton))).toBeFocused();

    // 交卷: the dialog takes the focus, keeps Tab inside, Esc closes it and gives the focus back; Enter confirms.
    const submit = page.locator(id(TestId.examSubmit));
    await tabTo(page, submit, true);
    await page.keyboard.press('Enter');
    const confirm = page.locator(id(TestId.examConfirm));
    await expect(confirm).toContainText('还有 8 道题没有作答');
    await expect(confirm).toContainText('有 3 道题做了标记');
    const yes = page.locator(id(TestId.examConfirmYes));
    await expect(yes).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(confirm.getByRole('button', { name: '继续答题' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(yes).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(confirm.getByRole('button', { name: '继续答题' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(confirm).toHaveCount(0);
    await expect(submit).toBeFocused();
    // Keys of the exam do nothing while the dialog is open.
    await page.keyboard.press('Enter');
    await expect(yes).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(confirm).toBeVisible();
    await page.keyboard.press('Enter');

    // The result, then Tab into the review: 未答 is a filter of its own, and an item opens with Enter.
    await expect(page.locator(id(TestId.examResult))).toBeVisible();
    await expect(page.locator(id(TestId.examResult)).getByRole('heading', { level: 1 })).toBeFocused();
    const blank = page.locator(id(TestId.reviewFilter('blank')));
    await expect(blank).toHaveText('未答（8）');
    await tabTo(page, blank);
    await page.keyboard.press('Enter');
    await expect(blank).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.review-list > li')).toHaveCount(8);
    await expect(page.locator(id(TestId.reviewItem(10)))).toContainText('未作答');
    const firstSummary = page.locator(`${id(TestId.reviewItem(10))} > details > summary`);
    await tabTo(page, firstSummary);
    await page.keyboard.press('Enter');
    await expect(page.locator(`${id(TestId.reviewItem(10))} .explanation`)).toBeVisible();
    await expect(page.locator(`${id(TestId.reviewItem(10))} ${id(TestId.reviewBasis)}`)).toContainText('依据');

    await expectNoMouse(page);
    // The recorder itself works: a real mouse press is caught.
    await page.mouse.click(5, 5);
    expect((await mousePresses(page)).length).toBeGreaterThan(0);
  } finally {
    await app.stop();
  }
});

import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { expectNoMouse, tabTo, watchMouse } from './support/keyboard';
import { id, itemsByStem, onboard, openApp, questionsDir, shots } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

/**
 * Issue 15, the flows keyboardFlows.spec.ts left out: chapter practice started from 首页, 设置 → 导出学习进度 and
 * 导入学习进度 (the file dialog opened from the keyboard), 备份 and 恢复 with its confirmation, and 实务 case practice
 * (typing, 自评 by ticking points, 保存自评, the next case). Onboarding is by mouse here (it is done by keyboard in
 * keyboardFlows.spec.ts); from `watchMouse` on, any mouse press fails the test.
 */

/** The focused element is `target`, and it draws a visible focus ring (an outline of at least 2 px). */
async function expectFocusRing(target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  const ring = await target.evaluate((el) => {
    // A visually hidden file input shows its ring on the label that wraps it.
    const shown = el instanceof HTMLInputElement && el.type === 'file' ? (el.closest('label') ?? el) : el;
    const s = getComputedStyle(shown);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(ring.style, 'focus ring drawn').not.toBe('none');
  expect(ring.width, 'focus ring width').toBeGreaterThanOrEqual(2);
}

/** Nothing lost the focus: it is on a control or a heading, not on the page's body. */
async function expectFocusKept(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.activeElement?.tagName ?? 'none'), 'focus after the action').not.toMatch(/^(BODY|HTML|none)$/);
}

test('keyboard only: chapter practice from 首页, 导出 / 导入学习进度, 备份 and 恢复', async ({ guardedPage: page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  const items = await itemsByStem();
  const app = await startApp(freshDataDir(), ['--questions', questionsDir]);
  try {
    await openApp(page, app);
    await onboard(page, 'junior', '王芳');
    await watchMouse(page);
    const practiceId = (await page
      .locator(`${id(TestId.subject('jc'))} [data-testid^="practice-"]`)
      .first()
      .getAttribute('data-testid'))!;
    const chapterId = practiceId.replace('practice-', '');
    const progress = page.locator(id(TestId.chapterProgress(chapterId)));

    // 设置 → 备份 → 立即备份, before any answer.
    await tabTo(page, page.getByRole('button', { name: '设置' }), true);
    await page.keyboard.press('Enter');
    await tabTo(page, page.locator(id(TestId.openBackups)));
    await expectFocusRing(page.locator(id(TestId.openBackups)));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: '备份与恢复' })).toBeFocused();
    await tabTo(page, page.locator(id(TestId.backupNow)));
    await page.keyboard.press('Enter');
    await expect(page.locator(id(TestId.backupMessage))).toHaveText('备份完成。');
    await expectFocusKept(page);
    const manual = page.locator('[data-testid^="backup-restore-"][data-testid$="_manual"]');
    await expect(manual).toHaveCount(1);

    // 首页 → the first 综合能力 chapter's 练习: the practice screen's heading has the focus; two answers by letter keys.
    await tabTo(page, page.locator(id(TestId.brandHome)), true);
    await page.keyboard.press('Enter');
    await expect(page.locator(id(TestId.home))).toBeVisible();
    const practise = page.locator(id(TestId.practiceChapter(chapterId)));
    await tabTo(page, practise);
    await expectFocusRing(practise);
    await page.keyboard.press('Enter');
    await expect(page.locator(id(TestId.practice))).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    for (const right of [true, false]) {
      const stem = page.locator(id(TestId.questionStem));
      const text = (await stem.textContent())!;
      const item = items.get(text)!;
      expect(item, `question on screen is in the bank: ${text}`).toBeDefined();
      const keys = right ? item.answer : [item.options.map((o) => o.key).find((k) => !item.answer.includes(k))!];
      for (const k of keys) await page.keyboard.press(k.toLowerCase());
      await page.keyboard.press('Enter');
      await expect(page.locator(id(TestId.feedbackVerdict))).toContainText(right ? '回答正确' : '回答错误');
      await expect(page.locator(id(TestId.next))).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(stem).not.toHaveText(text);
    }
    await tabTo(page, page.getByRole('button', { name: '结束练习' }), true);
    await page.keyboard.press('Enter');
    await expect(progress).toHaveText('已做 2 · 答对 1');

    // 设置 → 导出学习进度: Enter saves the file (the browser's download stands in for the save dialog).
    await tabTo(page, page.getByRole('button', { name: '设置' }), true);
    await page.keyboard.press('Enter');
    const exportButton = page.getByRole('button', { name: '导出学习进度' });
    await tabTo(page, exportButton);
    await expectFocusRing(exportButton);
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const d = await download;
    expect(d.suggestedFilename()).toMatch(/^社工路学习进度-王芳-\d{4}-\d{2}-\d{2}\.json$/);
    const file = join(freshDataDir(), d.suggestedFilename());
    await d.saveAs(file);
    await expectFocusKept(page);

    // 备份 → 恢复 the backup taken before the answers: the question takes the focus, 确定恢复 by Enter.
    await tabTo(page, page.locator(id(TestId.openBackups)));
    await page.keyboard.press('Enter');
    await tabTo(page, manual);
    await expectFocusRing(manual);
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('alertdialog');
    await expect(confirm).toContainText('现在的记录不会删除');
    await expect(page.locator(id(TestId.backupConfirm))).toBeFocused();
    await page.screenshot({ path: `${shots}/kbd-backup-confirm.png` });
    // 取消 by Escape gives the focus back to the row's 恢复; asking again and confirming restores.
    await page.keyboard.press('Escape');
    await expect(confirm).toHaveCount(0);
    await expect(manual).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator(id(TestId.backupConfirm))).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator(id(TestId.backupMessage))).toHaveText('已恢复所选备份。');
    await expectFocusKept(page);
    await tabTo(page, page.locator(id(TestId.brandHome)), true);
    await page.keyboard.press('Enter');
    await expect(progress).toHaveText('未开始');

    // 设置 → 导入学习进度: the file box is reached by Tab with a visible ring; Enter opens the file dialog.
    await tabTo(page, page.getByRole('button', { name: '设置' }), true);
    await page.keyboard.press('Enter');
    const importBox = page.locator(id(TestId.importProgress));
    await tabTo(page, importBox);
    await expectFocusRing(importBox);
    await page.screenshot({ path: `${shots}/kbd-import-focus.png` });
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(file);
    await expect(page.locator(id(TestId.transferMessage))).toContainText('新增答题记录 2 条');
    await tabTo(page, page.locator(id(TestId.brandHome)), true);
    await page.keyboard.press('Enter');
    await expect(progress).toHaveText('已做 2 · 答对 1');

    await expectNoMouse(page);
  } finally {
    await app.stop();
  }
});

test('keyboard only: 实务 case practice — type the answer, 自评 by ticking points, 保存自评, the next case', async ({
  guardedPage: page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  const app = await startApp(freshDataDir(), ['--questions', questionsDir]);
  try {
    await openApp(page, app);
    await onboard(page, 'intermediate', '李梅');
    await watchMouse(page);
    const openCase = page.locator(`${id(TestId.subject('mp'))} [data-testid^="practice-"]`).first();
    await tabTo(page, openCase);
    await expectFocusRing(openCase);
    await page.keyboard.press('Enter');
    await expect(page.locator(id(TestId.casePractice))).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    const counter = page.getByText(/^第 1 \/ \d+ 道案例$/);
    await expect(counter).toBeVisible();

    // Typing: the answer box by Tab, then plain typing (letters stay text, not shortcuts).
    const answerBox = page.locator(id(TestId.caseAnswer(0)));
    await tabTo(page, answerBox);
    await expectFocusRing(answerBox);
    await page.keyboard.type('先评估服务对象的需要和社会支持。');
    await expect(answerBox).toHaveValue('先评估服务对象的需要和社会支持。');
    await expect(page.locator(id(TestId.caseDraftState))).toHaveText('答案已自动保存');

    // 查看参考要点并自评: the focus moves to the points to tick, not lost to the page.
    await tabTo(page, page.getByRole('button', { name: '写完了，查看参考要点并自评' }));
    await page.keyboard.press('Enter');
    const firstPoint = page.locator(id(TestId.casePoint(0, 0)));
    await expect(firstPoint).toBeVisible();
    await expect(firstPoint).toBeFocused();
    await page.screenshot({ path: `${shots}/kbd-case-marking.png` });
    await page.keyboard.press('Space');
    await expect(firstPoint).toBeChecked();
    const score = page.locator(id(TestId.caseScore));
    await expect(score).not.toHaveText(/^自评得分：0 \//);

    // 保存自评 by Enter: the saved line is read out and the focus goes to 下一道案例.
    const save = page.getByRole('button', { name: '保存自评' });
    await tabTo(page, save);
    await expectFocusRing(save);
    await page.keyboard.press('Enter');
    await expect(page.locator(id(TestId.caseSaved))).toContainText('已保存：');
    const next = page.getByRole('button', { name: /下一道案例|完成，返回首页/ });
    await expect(next).toBeFocused();
    await page.screenshot({ path: `${shots}/kbd-case-saved.png` });
    if ((await next.textContent())!.includes('下一道案例')) {
      await page.keyboard.press('Enter');
      await expect(page.getByText(/^第 2 \/ \d+ 道案例$/)).toBeVisible();
      await expectFocusKept(page);
    }

    // 结束练习 → 首页: the chapter shows the saved case.
    await tabTo(page, page.getByRole('button', { name: '结束练习' }), true);
    await page.keyboard.press('Enter');
    await expect(page.locator(id(TestId.home))).toBeVisible();
    await expect(page.locator(`${id(TestId.subject('mp'))} [data-testid^="chapter-progress-"]`).first()).not.toHaveText('未开始');

    await expectNoMouse(page);
  } finally {
    await app.stop();
  }
});

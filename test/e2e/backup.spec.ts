import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { answer, id, itemsByStem, onboard, openApp, questionsDir, shots } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

test('back up now, practise more, restore the backup: progress goes back and the newer records are kept aside', async ({
  guardedPage: page,
}) => {
  const items = await itemsByStem();
  const app = await startApp(freshDataDir(), ['--questions', questionsDir]);
  try {
    await openApp(page, app);
    await onboard(page, 'junior');
    const practice = page.locator(`${id(TestId.subject('jc'))} [data-testid^="practice-"]`).first();
    const chapterId = (await practice.getAttribute('data-testid'))!.replace('practice-', '');
    await practice.click();
    await answer(page, items, true);
    await page.locator(id(TestId.backHome)).click();
    await expect(page.locator(id(TestId.chapterProgress(chapterId)))).toHaveText('已做 1 · 答对 1');

    await page.locator(id(TestId.openSettings)).click();
    await page.locator(id(TestId.openBackups)).click();
    await page.locator(id(TestId.backupNow)).click();
    await expect(page.locator(id(TestId.backupMessage))).toHaveText('备份完成。');
    const manual = page.locator('[data-testid^="backup-restore-"][data-testid$="_manual"]');
    await expect(manual).toHaveCount(1);
    const backupId = (await manual.getAttribute('data-testid'))!.replace('backup-restore-', '');

    await page.locator(id(TestId.brandHome)).click();
    await page.locator(id(TestId.practiceChapter(chapterId))).click();
    await answer(page, items, false);
    await answer(page, items, true);
    await page.locator(id(TestId.backHome)).click();
    await expect(page.locator(id(TestId.chapterProgress(chapterId)))).toHaveText('已做 3 · 答对 2');

    await page.locator(id(TestId.openSettings)).click();
    await page.locator(id(TestId.openBackups)).click();
    await page.locator(id(TestId.backupRestore(backupId))).click();
    await expect(page.getByRole('alertdialog')).toContainText('现在的记录不会删除');
    await page.screenshot({ path: `${shots}/06-backup-confirm.png`, fullPage: true });
    await page.locator(id(TestId.backupConfirm)).click();
    await expect(page.locator(id(TestId.backupMessage))).toHaveText('已恢复所选备份。');
    await expect(page.locator('[data-testid^="backup-restore-"][data-testid$="_before-restore"]')).toHaveCount(1);

    await page.locator(id(TestId.brandHome)).click();
    await expect(page.locator(id(TestId.chapterProgress(chapterId)))).toHaveText('已做 1 · 答对 1');
  } finally {
    await app.stop();
  }
});

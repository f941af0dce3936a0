import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { answer, id, itemsByStem, onboard, openApp, questionsDir, shots } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

test('错题本: an entry opens in place with my last answer, the key, 解析 and 依据; 从错题本移除; printed with every entry open', async ({
  guardedPage: page,
}) => {
  const items = await itemsByStem();
  const app = await startApp(freshDataDir(), ['--questions', questionsDir]);
  try {
    await openApp(page, app);
    await onboard(page, 'junior');
    await page
      .locator(`${id(TestId.subject('jc'))} [data-testid^="practice-"]`)
      .first()
      .click();
    const stems: string[] = [];
    for (let i = 0; i < 3; i++) {
      stems.push((await page.locator(id(TestId.questionStem)).textContent())!);
      await answer(page, items, false);
    }
    await page.locator(id(TestId.backHome)).click();
    await page.getByRole('button', { name: '错题本' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '错题本' })).toBeVisible();
    await expect(page.getByText('共 3 题')).toBeVisible();

    const row = page.locator(id(TestId.mistakes)).locator('li', { hasText: stems[0]! }).first();
    const item = items.get(stems[0]!)!;
    await expect(row.getByText('解析', { exact: true })).toBeHidden();
    await row.getByRole('button', { name: '看答案和解析' }).click();
    await expect(row.getByText('你上次的答案：')).toBeVisible();
    await expect(row).toContainText(`正确答案：${item.answer.join('、')}`);
    await expect(row).toContainText(item.explanation);
    const basis = 'basis' in item ? item.basis : '';
    if (basis) await expect(row).toContainText(basis);
    for (const [w, h] of [
      [1366, 768],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `${shots}/mistakes-${w}.png`, fullPage: true });
    }
    await row.getByRole('button', { name: '收起' }).click();
    await expect(row.getByRole('button', { name: '看答案和解析' })).toBeVisible();

    // Printed from this screen (Ctrl+P), the print stylesheet drops the header and buttons and opens every entry.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator(id(TestId.brandHome))).toBeHidden();
    await expect(page.getByRole('button', { name: '看答案和解析' })).toHaveCount(0);
    for (const s of stems)
      await expect(page.locator(id(TestId.mistakes)).locator('li', { hasText: s }).getByText('解析', { exact: true })).toBeVisible();
    await page.screenshot({ path: `${shots}/mistakes-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // 从错题本移除.
    await row.getByRole('button', { name: '从错题本移除' }).click();
    await expect(page.getByText(`已从错题本移除：${stems[0]}`)).toBeVisible();
    await expect(page.getByText('共 2 题')).toBeVisible();
  } finally {
    await app.stop();
  }
});

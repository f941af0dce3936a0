import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { id, itemsByStem, onboard, openApp, questionsDir, shots } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

test('背题模式: key and 解析 shown, 记住了/没记住 by mouse and keys, the place kept, 没记住 in the 错题本', async ({
  guardedPage: page,
}) => {
  const items = await itemsByStem();
  const dataDir = freshDataDir();
  let app = await startApp(dataDir, ['--questions', questionsDir]);
  try {
    await openApp(page, app);
    await onboard(page, 'junior');
    const row = page
      .locator(`${id(TestId.subject('jc'))} li.chapter`)
      .filter({ has: page.getByRole('button', { name: '背题' }) })
      .first();
    await row.getByRole('button', { name: '背题' }).click();
    const read = page.locator(id(TestId.read));
    await expect(read).toBeVisible();
    await expect(read.getByText('第 1 /')).toBeVisible();

    const stemOnScreen = async () => items.get((await page.locator(id(TestId.questionStem)).textContent())!)!;
    const first = await stemOnScreen();
    expect(first, 'the item on screen is in the bank').toBeDefined();
    await expect(read.getByText(first.explanation)).toBeVisible();
    if ('basis' in first) await expect(read.getByText(first.basis)).toBeVisible();
    for (const k of first.answer) await expect(page.locator(id(TestId.option(k)))).toContainText('✓ 正确答案');
    const wrongKey = first.options.find((o) => !first.answer.includes(o.key))!.key;
    await expect(page.locator(id(TestId.option(wrongKey)))).not.toContainText('正确答案');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: `${shots}/read-1366-light.png` });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: `${shots}/read-1024-light.png` });

    // 记住了 by mouse, 没记住 by key, back with 上一题.
    await read.getByRole('button', { name: /记住了/ }).click();
    await expect(read.getByText('第 2 /')).toBeVisible();
    const second = await stemOnScreen();
    await page.keyboard.press('n');
    await expect(read.getByText('第 3 /')).toBeVisible();
    await read.getByRole('button', { name: /上一题/ }).click();
    await expect(read.getByText('第 2 /')).toBeVisible();
    await expect(read.getByText('已放进错题本')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(read.getByText('第 3 /')).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(read.getByText('第 2 /')).toBeVisible();

    // Reopening after a restart continues at the place reached.
    await read.getByRole('button', { name: '结束背题' }).click();
    await app.stop();
    app = await startApp(dataDir, ['--questions', questionsDir]);
    await openApp(page, app);
    await row.getByRole('button', { name: '背题' }).click();
    await expect(read.getByText('第 2 /')).toBeVisible();
    await expect(page.locator(id(TestId.questionStem))).toHaveText(second.stem);

    // 没记住 put the item in the 错题本; it can be read from there; reading answered nothing.
    await read.getByRole('button', { name: '结束背题' }).click();
    await page.getByRole('button', { name: '错题本' }).click();
    await expect(page.getByText('共 1 题')).toBeVisible();
    await page.getByRole('button', { name: '背题' }).click();
    await expect(page.locator(id(TestId.questionStem))).toHaveText(second.stem);
    await expect(read.getByText('第 1 / 1 题')).toBeVisible();
    await read.getByRole('button', { name: /下一题/ }).click();
    await expect(read.getByText('这 1 题已读完')).toBeVisible();

    // 收藏 is empty: its 背题 button is not offered.
    await page.locator(id(TestId.brandHome)).click();
    await page.getByRole('button', { name: '收藏' }).click();
    await expect(page.getByText('这里还没有题目。')).toBeVisible();
    await expect(page.getByRole('button', { name: '背题' })).toHaveCount(0);
  } finally {
    await app.stop();
  }
});

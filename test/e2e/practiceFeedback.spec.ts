import { expect, test } from './support/fixtures';
import { TestId } from '../../src/renderer/lib/testIds';
import { id, itemsByStem, onboard, openApp, questionsDir } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

const shotDir = '/tmp/practice17-shots';

test('after 提交 the verdict, my choice and the key stay in view at the largest text size (1024×768); the summary explains its score and opens the 解析', async ({
  guardedPage: page,
}) => {
  const items = await itemsByStem();
  const app = await startApp(freshDataDir(), ['--questions', questionsDir]);
  try {
    await page.setViewportSize({ width: 1024, height: 768 });
    await openApp(page, app);
    await onboard(page, 'junior');
    // The largest text size.
    // (by its test id: the header's labels are being reworded elsewhere)
    const bigger = page.locator(id(TestId.fontBigger));
    for (let i = 0; i < 3; i++) await bigger.click();
    await expect(bigger).toBeDisabled();
    await page
      .getByRole('article')
      .filter({ hasText: '社会工作综合能力（初级）' })
      .getByRole('button', { name: '练习', exact: true })
      .first()
      .click();

    const seen: string[] = [];
    for (let n = 1; n <= 10; n++) {
      await expect(page.getByText(new RegExp(`^第 ${n} / \\d+ 题$`))).toBeVisible();
      const stem = (await page.locator('.question .stem').textContent())!;
      const item = items.get(stem)!;
      expect(item, stem).toBeDefined();
      seen.push(stem);
      const wrong = item.options.map((o) => o.key).find((k) => !item.answer.includes(k))!;
      const choice = n % 2 ? [wrong] : item.answer;
      for (const k of choice) await page.keyboard.press(String('ABCDE'.indexOf(k) + 1));
      await page.keyboard.press('Enter');
      const verdict = page.getByText(/^(回答正确|回答错误|部分正确)/);
      await expect(verdict).toBeVisible();
      // In view, after the focus moved to 下一题.
      await expect(page.getByRole('button', { name: /^(下一题|查看本组小结)/ })).toBeFocused();
      await expect(verdict).toBeInViewport({ ratio: 1 });
      await expect(page.getByText('你的答案：')).toBeInViewport({ ratio: 1 });
      await expect(page.getByText('正确答案：')).toBeInViewport({ ratio: 1 });
      await expect(page.locator('.feedback-keys strong')).toHaveText(item.answer.join('、'));
      await expect(page.locator('.feedback-keys strong')).toBeInViewport({ ratio: 1 });
      if (n === 1) await page.screenshot({ path: `${shotDir}/feedback-largest-1024.png` });
      await page.keyboard.press('Enter');
    }

    // The summary says how it scores, and each row opens the 解析.
    await expect(page.getByRole('heading', { name: '本组练习小结' })).toBeVisible();
    await expect(page.getByText(/单选题每题 1 分；多选题每题 2 分/)).toBeVisible();
    const first = items.get(seen[0]!)!;
    await expect(page.getByText(first.explanation)).toBeHidden();
    await page.getByRole('listitem').filter({ hasText: first.stem }).getByText('看解析').click();
    await expect(page.getByText(first.explanation)).toBeVisible();
    await page.screenshot({ path: `${shotDir}/summary-largest-1024.png`, fullPage: true });
  } finally {
    await app.stop();
  }
});

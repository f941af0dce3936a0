import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { id, onboard, openApp, questionsDir, shots } from './support/steps';
import { freshDataDir, startApp, type RunningApp } from './support/webRuntime';

const T0 = Date.parse('2026-11-28T09:00:00+08:00');
const at = (minutes: number) => String(T0 + minutes * 60_000);

/** Every axe rule that applies (WCAG A/AA), on what is on screen now. */
async function axeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} ${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
}

/** Day and night (the app follows the system by default), axe in both, screenshots at 1366 and 1024 pixels. */
async function checkBothThemes(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    expect(await axeProblems(page), `${name} in ${scheme}`).toEqual([]);
    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 768 });
      await page.screenshot({ path: `${shots}/paper-${name}-${scheme}-${width}.png` });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1366, height: 768 });
}

async function box(l: Locator): Promise<{ x: number; y: number }> {
  const b = await l.boundingBox();
  expect(b).not.toBeNull();
  return { x: Math.round(b!.x), y: Math.round(b!.y) };
}

// Two full papers, each checked with axe and photographed in both themes at two sizes: slow on a shared machine.
test.describe.configure({ timeout: 300_000 });

const bubble = (page: Page, no: number, key: string) => page.locator(id(TestId.cardBubble(no, key)));

test('纸笔考试 (综合能力): the printed paper and a row-numbered answer card; a kill mid-sitting loses nothing; 交卷 gives the result', async ({
  guardedPage: page,
}) => {
  const dataDir = freshDataDir();
  let app: RunningApp = await startApp(dataDir, ['--questions', questionsDir, '--now', at(0)]);
  try {
    await openApp(page, app);
    await onboard(page, 'junior');
    await page.locator(id(TestId.openExams)).click();
    // 机考界面 stays the default.
    await expect(page.getByRole('radio', { name: /机考界面/ })).toBeChecked();
    await page.getByRole('radio', { name: /纸笔考试/ }).check();
    await page.locator(id(TestId.examStart('jc'))).click();

    // The whole paper to scroll, headed as printed, numbered on from 单选 into 多选.
    await expect(page.locator(id(TestId.paperExam))).toBeVisible();
    await expect(page.locator(id(TestId.paperSection(1))).locator('h3')).toHaveText(/^一、单项选择题（共 60 题，每题 1 分/);
    await expect(page.locator(id(TestId.paperSection(2))).locator('h3')).toHaveText(/^二、多项选择题（共 20 题，每题 2 分/);
    await expect(page.locator(id(TestId.paperItem(1)))).toContainText(/^1．/);
    await expect(page.locator(id(TestId.paperItem(61)))).toContainText(/^61．/);
    await expect(page.locator(`${id(TestId.paperItem(61))} li`)).toHaveCount(5);
    await expect(page.locator(id(TestId.examClock))).toContainText(/剩余时间\s+(02:00:00|01:59:5\d)/);
    // Down in the paper the bar has scrolled away: the time left is pinned to the window's corner, and goes again at
    // the top.
    const pinned = page.locator(id(TestId.examClockPinned));
    await expect(pinned).toHaveCount(0);
    await page.locator(id(TestId.paperItem(61))).scrollIntoViewIfNeeded();
    await expect(pinned).toBeInViewport({ ratio: 1 });
    await expect(pinned).toHaveText(/剩余时间\s+(02:00:00|01:5\d:\d\d)/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(pinned).toHaveCount(0);

    // The card runs along the rows for 综合能力: 2 sits right of 1, 3 under 1.
    const card = page.locator(id(TestId.answerCard));
    await expect(card).toHaveAttribute('data-order', 'rows');
    const [c1, c2, c3] = await Promise.all([1, 2, 3].map((n) => box(page.locator(id(TestId.cardItem(n))))));
    expect(c2!.y).toBe(c1!.y);
    expect(c2!.x).toBeGreaterThan(c1!.x);
    expect(c3!.x).toBe(c1!.x);
    expect(c3!.y).toBeGreaterThan(c1!.y);
    await expect(page.locator(`${id(TestId.cardItem(1))} button`)).toHaveCount(4);
    await expect(page.locator(`${id(TestId.cardItem(61))} button`)).toHaveCount(5);

    // 字号小 on the paper: kept for the learner, across the kill below.
    await page.getByRole('button', { name: '字号小' }).click();
    await expect(page.locator(id(TestId.paperExam))).toHaveClass(/font-0/);
    // Fill in the card: 1 → B; 2 → A, then A again clears it; 61 → A and C.
    await bubble(page, 1, 'B').click();
    await bubble(page, 2, 'A').click();
    await expect(bubble(page, 2, 'A')).toHaveAttribute('aria-pressed', 'true');
    await bubble(page, 2, 'A').click();
    await bubble(page, 61, 'A').click();
    await bubble(page, 61, 'C').click();
    await expect(bubble(page, 61, 'C')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator(id(TestId.answerCardFilled))).toHaveText('已涂 2 / 80 题');
    await checkBothThemes(page, 'jc');

    // The runtime is killed (SIGKILL) mid-sitting; 30 minutes later the app is back.
    await app.kill();
    app = await startApp(dataDir, ['--questions', questionsDir, '--now', at(30)]);
    await openApp(page, app);
    await expect(page.locator(id(TestId.resumePrompt))).toContainText(/剩余时间\s+01:(30:[01]\d|29:5\d)/);
    await page.locator(id(TestId.resumeExam)).click();
    await expect(page.locator(id(TestId.paperExam))).toBeVisible();
    await expect(page.locator(id(TestId.examClock))).toContainText(/01:(30:[01]\d|29:[45]\d)/);
    await expect(bubble(page, 1, 'B')).toHaveAttribute('aria-pressed', 'true');
    await expect(bubble(page, 1, 'A')).toHaveAttribute('aria-pressed', 'false');
    await expect(bubble(page, 2, 'A')).toHaveAttribute('aria-pressed', 'false');
    await expect(bubble(page, 61, 'A')).toHaveAttribute('aria-pressed', 'true');
    await expect(bubble(page, 61, 'C')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator(id(TestId.answerCardFilled))).toHaveText('已涂 2 / 80 题');
    await expect(page.locator(id(TestId.paperReminder))).toHaveCount(0);
    await expect(page.locator(id(TestId.paperExam))).toHaveClass(/font-0/);

    // 14 minutes left: the reminder to leave time for the card; closed, it comes back at 5 minutes.
    await app.stop();
    app = await startApp(dataDir, ['--questions', questionsDir, '--now', at(106)]);
    await openApp(page, app);
    await page.locator(id(TestId.resumeExam)).click();
    await expect(page.locator(id(TestId.paperReminder))).toContainText('不到 15 分钟');
    await page.screenshot({ path: `${shots}/paper-jc-reminder.png` });
    await page.locator(id(TestId.paperReminder)).getByRole('button', { name: '知道了' }).click();
    await expect(page.locator(id(TestId.paperReminder))).toHaveCount(0);
    await expect(bubble(page, 61, 'C')).toHaveAttribute('aria-pressed', 'true');

    // 交卷: the same count of unanswered items and the same result as the computer form.
    await page.locator(id(TestId.examSubmit)).click();
    await expect(page.locator(id(TestId.examConfirm))).toContainText('还有 78 道题没有作答');
    await page.locator(id(TestId.examConfirmYes)).click();
    await expect(page.locator(id(TestId.examScore))).toBeVisible();
    await expect(page.locator(id(TestId.examPassed))).toContainText('未及格（及格线 60 分）');
    await expect(page.locator(`${id(TestId.examChapters)} tbody tr`)).not.toHaveCount(0);

    // The lobby offers the form of the latest sitting again and tags it in the history.
    await page.getByRole('button', { name: '返回模拟考试' }).click();
    await expect(page.locator(id(TestId.examHistory))).toContainText('（纸笔）');
    await expect(page.getByRole('radio', { name: /纸笔考试/ })).toBeChecked();
  } finally {
    await app.stop();
  }
});

test('纸笔考试 (中级): the 法规与政策 card runs down the columns; a 实务（中级） case paper has its answer sheet and survives a kill', async ({
  guardedPage: page,
}) => {
  const dataDir = freshDataDir();
  let app: RunningApp = await startApp(dataDir, ['--questions', questionsDir, '--now', at(0)]);
  try {
    await openApp(page, app);
    await onboard(page, 'intermediate');
    await page.locator(id(TestId.openExams)).click();
    await page.getByRole('radio', { name: /纸笔考试/ }).check();
    await page.locator(id(TestId.examStart('ml'))).click();

    const card = page.locator(id(TestId.answerCard));
    await expect(card).toHaveAttribute('data-order', 'columns');
    await expect(card).toContainText('题号按列排');
    // Down the columns: 2 under 1, and 31 beside 1 (60 单选 in two columns of 30).
    const [c1, c2, c31] = await Promise.all([1, 2, 31].map((n) => box(page.locator(id(TestId.cardItem(n))))));
    expect(c2!.x).toBe(c1!.x);
    expect(c2!.y).toBeGreaterThan(c1!.y);
    expect(c31!.y).toBe(c1!.y);
    expect(c31!.x).toBeGreaterThan(c1!.x);
    await bubble(page, 31, 'D').click();
    await expect(bubble(page, 31, 'D')).toHaveAttribute('aria-pressed', 'true');
    await checkBothThemes(page, 'ml');
    await page.locator(id(TestId.examSubmit)).click();
    await page.locator(id(TestId.examConfirmYes)).click();
    await expect(page.locator(id(TestId.examScore))).toBeVisible();

    // 实务（中级） in paper form, in a fresh runtime (so its clock starts at T0): the case paper headed as printed, with
    // an answer sheet to write on. The lobby offers 纸笔考试 again, as the latest sitting was on paper.
    await app.stop();
    app = await startApp(dataDir, ['--questions', questionsDir, '--now', at(0)]);
    await openApp(page, app);
    await page.locator(id(TestId.openExams)).click();
    await expect(page.getByRole('radio', { name: /纸笔考试/ })).toBeChecked();
    await page.locator(id(TestId.examStart('mp'))).click();
    await expect(page.locator(id(TestId.paperSection(1))).locator('h3')).toHaveText('一、案例分析题（共 4 题，每题 20 分）');
    await expect(page.locator(id(TestId.paperSection(2))).locator('h3')).toHaveText('二、方案设计题（共 1 题，每题 20 分）');
    await expect(page.locator(id(TestId.paperItem(5)))).toContainText('【案例材料】');
    await expect(page.locator(id(TestId.answerSheet))).toBeVisible();
    const text = '需要分析：服务对象缺少社会支持，情绪低落。';
    await page.locator(id(TestId.sheetAnswer(1, 0))).fill(text);
    await page.locator(id(TestId.sheetAnswer(5, 0))).click(); // leaving the field saves it at once
    await checkBothThemes(page, 'mp');

    await app.kill();
    app = await startApp(dataDir, ['--questions', questionsDir, '--now', at(20)]);
    await openApp(page, app);
    await expect(page.locator(id(TestId.resumePrompt))).toContainText(/剩余时间\s+02:(10:[01]\d|09:5\d)/);
    await page.locator(id(TestId.resumeExam)).click();
    await expect(page.locator(id(TestId.sheetAnswer(1, 0)))).toHaveValue(text);
    await page.locator(id(TestId.examSubmit)).click();
    await expect(page.locator(id(TestId.examConfirm))).toContainText('还有 4 道题没有作答');
    await page.locator(id(TestId.examConfirmYes)).click();
    await expect(page.locator(id(TestId.examScore))).toHaveText('待评分（已评 0 / 5 题）');
    await expect(page.locator(id(TestId.resultCase(1)))).toContainText(text);
  } finally {
    await app.stop();
  }
});

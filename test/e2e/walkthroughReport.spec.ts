import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { validateBank } from '@core/bank/validateBank';
import type { ObjectiveItem } from '@shared/bank/schema';
import { readBankDir } from '../../electron/main/bank/readBankDir';
import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { writeStudyHistory } from './support/reportHistory';
import { expectNoMouse, tabTo, watchMouse } from './support/keyboard';
import { id, onboard, openApp, questionsDir } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';
import { repoRoot } from '../support/repoRoot';

/**
 * Issue 15's walk-through of the 学习报告 (walkthrough.spec.ts covers the rest of a first evening): a learner with half
 * a year of study (written into the answer log) and two mock exams (sat through the app's own channels), at
 * 1366×768 and 1024×768, at the smallest and the largest text size. Screenshots are looked at by hand.
 */
const SHOTS = process.env['UX15_SHOTS'] ?? '/tmp/ux15-shots';
/** 2026-11-28 20:30 in China: the runtime's clock starts here. */
const NOW = Date.parse('2026-11-28T12:30:00Z');

const FAKE_OPTIMIZER = join(repoRoot, 'test', 'support', 'fakeOptimizer.cjs');
const shot = (page: Page, what: string) => {
  mkdirSync(SHOTS, { recursive: true });
  return page.screenshot({ path: `${SHOTS}/report-1024-3-${what}.png` });
};

const sizes = [
  { name: '标准', step: 0 },
  { name: '特大', step: 3 },
] as const;
const widths = [1366, 1024] as const;

type Answered = { id: string; correct: boolean };

/** One mock of 综合能力 sat through the page's own backend channels: the first `right` items right, the rest wrong. */
async function sitMock(page: Page, byId: Map<string, ObjectiveItem>, right: number): Promise<{ score: number; answered: Answered[] }> {
  const call = (channel: string, args: unknown) =>
    page.evaluate(
      async ({ channel, args }) => {
        // The renderer keeps the runtime's token for this tab (it came in the address's fragment).
        const token = sessionStorage.getItem('sgl-token') ?? '';
        const res = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-sgl-token': token },
          body: JSON.stringify({ args }),
        });
        const body = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
        if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`);
        return body.value;
      },
      { channel, args },
    );
  const exam = (await call('exam:start', { subject: 'jc' })) as { id: string; questions: { id: string }[] };
  const answered: Answered[] = [];
  for (const [n, q] of exam.questions.entries()) {
    const item = byId.get(q.id)!;
    const wrong = item.options.map((o) => o.key).find((k) => !item.answer.includes(k))!;
    await call('exam:answer', { id: exam.id, questionId: q.id, choice: n < right ? item.answer : [wrong] });
    answered.push({ id: q.id, correct: n < right });
  }
  const result = (await call('exam:submit', { id: exam.id })) as { score: number };
  return { score: result.score, answered };
}

const pct = (right: number, all: number) => `${Math.round((100 * right) / all)}%`;

for (const size of sizes)
  for (const width of widths)
    test(`学习报告 after half a year at ${width}×768, text size ${size.name}: subjects, chapters, calendar, mocks, plan, 优化复习参数`, async ({
      guardedPage: page,
    }) => {
      test.setTimeout(180_000);
      mkdirSync(SHOTS, { recursive: true });
      const shot = (what: string, fullPage = false) =>
        page.screenshot({ path: `${SHOTS}/report-${width}-${size.step}-${what}.png`, fullPage });
      await page.setViewportSize({ width, height: 768 });
      const bank = validateBank(await readBankDir(questionsDir));
      const byId = new Map<string, ObjectiveItem>();
      for (const { item } of bank.items) if (item.type !== 'case') byId.set(item.id, item);
      const jc = bank.items.filter((i) => i.subject === 'jc' && i.item.type !== 'case');
      const jp = bank.items.filter((i) => i.subject === 'jp');
      const singles = jc.filter((i) => i.item.type === 'single').map((i) => i.item.id);
      const reviewIds = singles.slice(0, 120);
      const practiceIds = singles.slice(120, 140);

      // The learner, with an exam date, made through the start screen.
      const dataDir = freshDataDir();
      let app = await startApp(dataDir, ['--questions', questionsDir, '--now', String(NOW)]);
      await openApp(page, app);
      await page.getByLabel('名字').fill('王芳');
      await page.getByText('初级（助理社会工作师）').click();
      const date = page.getByRole('group', { name: /考试日期/ });
      await date.getByLabel('年').fill('2027');
      await date.getByLabel('月').fill('6');
      await date.getByLabel('日').fill('19');
      await page.getByRole('button', { name: '开始学习' }).click();
      await expect(page.locator(id(TestId.home))).toBeVisible();
      await app.stop();

      // Half a year of answers, then two mocks.
      const facts = writeStudyHistory(dataDir, NOW, reviewIds, practiceIds);
      app = await startApp(dataDir, ['--questions', questionsDir, '--now', String(NOW)]);
      try {
        await openApp(page, app);
        const bigger = page.getByRole('button', { name: 'A+ 放大字号' });
        for (let i = 0; i < size.step; i++) await bigger.click();
        await expect(page.locator(id(TestId.fontStepName))).toHaveText(`字号 ${size.name}`);
        if (!(await page.locator(id(TestId.home)).isVisible())) await page.getByRole('button', { name: /王芳/ }).first().click();
        await expect(page.locator(id(TestId.home))).toBeVisible();
        const first = await sitMock(page, byId, 30);
        const second = await sitMock(page, byId, 60);

        await page.getByRole('button', { name: '学习报告' }).click();
        await expect(page.getByRole('heading', { level: 1, name: '学习报告' })).toBeFocused();
        await shot('01-top');

        // 各科情况: items done of all, accuracy over 30 days and all time, both from the records above.
        const mockAnswers = [...first.answered, ...second.answered];
        const all = [
          ...facts.records.map((r) => ({ id: r.questionId, correct: r.correct, at: r.at })),
          ...mockAnswers.map((a) => ({ ...a, at: NOW })),
        ];
        const recent = all.filter((a) => a.at >= NOW - 30 * 86_400_000);
        const done = new Set(all.map((a) => a.id)).size;
        const standing = page.locator(id(TestId.reportSubject('jc')));
        await expect(standing.getByRole('heading', { name: '社会工作综合能力（初级）' })).toBeVisible();
        await expect(standing).toContainText(`已做 ${done} / ${jc.length} 题`);
        await expect(standing).toContainText(
          `正确率：近 30 天 ${pct(recent.filter((a) => a.correct).length, recent.length)}，全部 ${pct(all.filter((a) => a.correct).length, all.length)}`,
        );
        const predicted = page.locator(id(TestId.reportPredicted('jc')));
        await expect(predicted).toHaveText(/^预计得分 \d+ \/ 100 分 · 及格线 60 分$/);
        const predictedScore = Number(/预计得分 (\d+)/.exec((await predicted.textContent())!)![1]);
        await expect(standing).toContainText(predictedScore >= 60 ? /有望通过|再加把劲/ : /再加把劲|还有距离/);
        await expect(standing).toContainText(`（比及格线${predictedScore >= 60 ? '高' : '低'}`);
        await expect(standing).toContainText(`最近一次模拟考试（2026/11/28）：${Math.round(second.score)} 分`);
        const other = page.locator(id(TestId.reportSubject('jp')));
        await expect(other).toContainText(`已做 0 / ${jp.length} 题`);
        await expect(other).toContainText('还没有答题记录');
        await page.getByText('怎么算的').click();
        await expect(page.getByText('没做过的题：单选按蒙对 1/4 算，多选按 0 分算。')).toBeVisible();
        await expect(page.getByText(/每一章的把握按历年考试里这一章占的分量加权/)).toBeVisible();
        await page.getByRole('heading', { name: '各科情况' }).scrollIntoViewIfNeeded();
        await shot('02-standing');

        // 各章掌握情况: weakest first; 练这一章 opens that chapter's practice.
        const rows = page.locator(`${id(TestId.reportChapters)} > li`);
        await expect(rows).toHaveCount(8);
        const masteries = (await rows.allTextContents())
          .map((t) => /掌握 (\d+)%/.exec(t)?.[1])
          .map((m) => (m === undefined ? 101 : Number(m)));
        expect(masteries, 'chapters weakest first (unseen last)').toEqual([...masteries].sort((a, b) => a - b));
        expect(masteries[0], 'the weakest row is a chapter already practised').toBeLessThanOrEqual(100);
        await rows.first().scrollIntoViewIfNeeded();
        await shot('03-chapters');

        // 学习日历: 6 months of days, the streak, and this week's minutes, as written.
        await expect(page.locator(id(TestId.reportStreak))).toHaveText(`连续学习 ${facts.streak} 天`);
        await expect(page.getByText(`近 6 个月学习了 ${facts.activeDays} 天`, { exact: false }).first()).toBeVisible();
        await expect(page.locator(id(TestId.reportWeekMinutes))).toHaveText(`近 7 天共学习 ${Math.round(facts.weekMinutes)} 分钟`);
        const heat = page.getByRole('img', { name: `学习日历（近 6 个月）：近 6 个月学习了 ${facts.activeDays} 天` });
        await expect(heat).toBeVisible();
        // 26 or 27 week columns of 7 days; the heat map fits the card, not wider than the window.
        const columns = await heat.locator('.heat-col').count();
        expect(columns).toBeGreaterThanOrEqual(26);
        const heatBox = (await heat.boundingBox())!;
        expect(heatBox.x + heatBox.width, 'heat map inside the window').toBeLessThanOrEqual(width);
        await heat.scrollIntoViewIfNeeded();
        await shot('04-calendar');

        // 模拟考试: the trend with its pass line, and each chapter's accuracy across the mocks.
        const mocks = page.getByRole('region', { name: '模拟考试' });
        await expect(mocks.getByRole('heading', { name: /社会工作综合能力（初级）\s*共 2 次/ })).toBeVisible();
        await expect(page.locator(id(TestId.reportTrend('jc')))).toHaveAttribute('data-drawn', 'yes');
        await expect(
          mocks
            .getByRole('img', { name: '社会工作综合能力（初级）：历次模拟考试得分和及格线' })
            .or(mocks.getByLabel('社会工作综合能力（初级）：历次模拟考试得分和及格线')),
        ).toBeVisible();
        await expect(mocks.getByLabel('社会工作综合能力（初级）：模拟考试中各章的正确率')).toHaveAttribute('data-drawn', 'yes');
        await page.locator(id(TestId.reportTrend('jc'))).scrollIntoViewIfNeeded();
        await shot('05-mocks');

        // 学习计划: today's work, on track (or not) for 2027-06-19, and the 30-day forecast.
        const plan = page.getByRole('region', { name: '学习计划' });
        await expect(plan).toContainText(/今天：待复习 \d+ 题，新题 \d+ 题/);
        await expect(page.locator(id(TestId.reportOnTrack))).toHaveText(
          /^(按现在每天 \d+ 道新题，考试前能学完全部题目，最后两周留给复习和模拟考试。|要在考前学完全部题目，每天需要学 \d+ 道新题，超过了一个晚上能学完的 \d+ 道。可以每天多学一点，或者先把重点章节练好。)$/,
        );
        await expect(page.locator(id(TestId.forecastChart))).toHaveAttribute('data-drawn', 'yes');
        await plan.scrollIntoViewIfNeeded();
        await shot('06-plan');

        // 优化复习参数 in plain words: enough reviews; start it, it reports progress and ends with what changed.
        const opt = page.locator(id(TestId.stats));
        await expect(opt.getByRole('heading', { name: '优化复习参数' })).toBeVisible();
        await expect(opt).toContainText('复习满 1000 次后，可以按你自己的答题记录重新调整复习间隔');
        const reviews = Number(/你已完成 (\d+) 次复习/.exec((await opt.textContent())!)![1]);
        expect(reviews).toBeGreaterThanOrEqual(1000);
        await expect(opt).not.toContainText('还差');
        await expect(opt).not.toContainText(/FSRS|对数损失|log ?loss/i);
        const start = opt.getByRole('button', { name: '开始优化（通常几秒钟）' });
        await start.scrollIntoViewIfNeeded();
        await start.click();
        await expect(
          opt.getByText(/你过去的复习中实际记住了 [\d.]+%。预测的平均记住率：优化前 [\d.]+%，优化后 [\d.]+%（越接近实际越准）。/),
        ).toBeVisible({
          timeout: 60_000,
        });
        await expect(opt.getByRole('button', { name: '开始优化（通常几秒钟）' })).toBeEnabled();
        await expect(opt).toContainText(/上次优化：/);
        await opt.scrollIntoViewIfNeeded();
        await shot('07-optimize');
        await shot('08-whole', true);

        // 练这一章 on the weakest chapter opens its practice.
        const weakest = rows.first();
        const chapterName = (await weakest.locator('.mastery-name > span').first().textContent())!.trim();
        await weakest.getByRole('button', { name: /练这一章/ }).click();
        await expect(page.locator(id(TestId.practice))).toBeVisible();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapterName);
        await expect(page.locator(id(TestId.questionStem))).toBeVisible();
        await shot('09-chapter-practice');
      } finally {
        await app.stop();
      }
    });

test('优化复习参数 by keyboard at 1024×768 特大: it shows its progress while it runs and 取消 stops it', async ({ guardedPage: page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  const bank = validateBank(await readBankDir(questionsDir));
  const singles = bank.items.filter((i) => i.subject === 'jc' && i.item.type === 'single').map((i) => i.item.id);
  const dataDir = freshDataDir();
  let app = await startApp(dataDir, ['--questions', questionsDir, '--now', String(NOW)]);
  await openApp(page, app);
  await onboard(page, 'junior', '王芳');
  await app.stop();
  writeStudyHistory(dataDir, NOW, singles.slice(0, 120), singles.slice(120, 140));
  // A stand-in optimizer that reports a quarter done and then never finishes, so the run can be watched and stopped.
  process.env['SGL_FAKE_OPTIMIZER_HANG'] = '1';
  try {
    app = await startApp(dataDir, ['--questions', questionsDir, '--now', String(NOW), '--optimizer-binding', FAKE_OPTIMIZER]);
  } finally {
    delete process.env['SGL_FAKE_OPTIMIZER_HANG'];
  }
  try {
    await openApp(page, app);
    const bigger = page.getByRole('button', { name: 'A+ 放大字号' });
    for (let i = 0; i < 3; i++) await bigger.click();
    await expect(page.locator(id(TestId.fontStepName))).toHaveText('字号 特大');
    if (!(await page.locator(id(TestId.home)).isVisible())) await page.getByRole('button', { name: /王芳/ }).first().click();
    await watchMouse(page);
    await tabTo(page, page.getByRole('button', { name: '学习报告' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: '学习报告' })).toBeFocused();

    const opt = page.locator(id(TestId.stats));
    const start = opt.getByRole('button', { name: '开始优化（通常几秒钟）' });
    await tabTo(page, start);
    await page.keyboard.press('Enter');
    // Running: the button says so and keeps the focus; the bar shows a quarter done.
    const running = opt.getByRole('button', { name: '正在优化，可以继续做题…' });
    await expect(running).toBeFocused();
    await expect(running).toHaveAttribute('aria-disabled', 'true');
    const bar = opt.getByRole('progressbar', { name: '优化进度' });
    await expect(bar).toBeVisible();
    await expect(bar).toHaveJSProperty('value', 0.25);
    await page.keyboard.press('Enter');
    await expect(bar).toBeVisible();
    await shot(page, '10-optimize-running');
    // 取消 is the next stop; it ends the run and the focus comes back to the start button.
    await page.keyboard.press('Tab');
    await expect(opt.getByRole('button', { name: '取消' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(opt.getByText('已取消优化，继续使用现在的参数。')).toBeVisible();
    await expect(bar).toHaveCount(0);
    await expect(start).toBeFocused();
    await expect(opt).not.toContainText('上次优化');
    await shot(page, '11-optimize-cancelled');
    await expectNoMouse(page);
  } finally {
    await app.stop();
  }
});

import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { id, onboard, openApp, questionsDir, shots } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

const T0 = Date.parse('2026-11-28T14:00:00+08:00');

test('实务(中级) mock: case kind and points in the exam; after 交卷 the paper waits for self-marking, then gets its score', async ({
  guardedPage: page,
}) => {
  const app = await startApp(freshDataDir(), ['--questions', questionsDir, '--now', String(T0)]);
  try {
    await openApp(page, app);
    await onboard(page, 'intermediate');
    await page.locator(id(TestId.openExams)).click();
    await expect(page.locator(id(TestId.examSubject('mp')))).toContainText('案例分析 4 道 + 方案设计 1 道 · 100 分 · 150 分钟');
    await page.locator(id(TestId.examStart('mp'))).click();

    // The case header says what kind of case it is and what it is worth; each sub-question shows its share.
    await expect(page.locator(id(TestId.caseHead))).toHaveText('第 1 题 · 案例分析题 · 20 分');
    await expect(page.locator('.exam-main .stem').first()).toContainText(/[（(]\d+ ?分[)）]$/);
    await page.locator(id(TestId.caseAnswer(0))).fill('需要分析：服务对象缺少社会支持，情绪低落。');
    // Keys typed into the answer box are text, not exam shortcuts; outside it, → goes on.
    await page.locator(id(TestId.caseAnswer(0))).press('ArrowRight');
    await page.locator(id(TestId.caseAnswer(0))).press('m');
    await expect(page.locator(id(TestId.caseHead))).toHaveText('第 1 题 · 案例分析题 · 20 分');
    await expect(page.locator(id(TestId.caseAnswer(0)))).toHaveValue('需要分析：服务对象缺少社会支持，情绪低落。m');
    await expect(page.locator(id(TestId.paletteCell(1)))).not.toHaveClass(/marked/);
    await expect(page.locator(id(TestId.examKeys))).toContainText('光标在答题框里时');
    await page.locator(id(TestId.caseAnswer(0))).fill('需要分析：服务对象缺少社会支持，情绪低落。');
    await page.screenshot({ path: `${shots}/11-case-exam-screen.png`, fullPage: true });
    await page.locator(id(TestId.caseHead)).click();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(id(TestId.caseHead))).toHaveText('第 2 题 · 案例分析题 · 20 分');
    await page.locator(id(TestId.paletteCell(5))).click();
    await expect(page.locator(id(TestId.caseHead))).toHaveText('第 5 题 · 方案设计题 · 20 分');

    await page.locator(id(TestId.examSubmit)).click();
    await page.locator(id(TestId.examConfirmYes)).click();

    // Right after 交卷: no score and no verdict, but a plain instruction and every case open for marking.
    await expect(page.locator(id(TestId.examScore))).toHaveText('待评分（已评 0 / 5 题）');
    await expect(page.locator(id(TestId.examPassed))).toContainText('全部题目评完分后，才显示总分和是否及格（及格线 60 分）');
    await expect(page.locator(id(TestId.examResult))).not.toContainText('未及格');
    await expect(page.locator(id(TestId.examMarkingHelp))).toContainText('这题评分完成');
    for (let n = 1; n <= 5; n++) {
      await expect(page.locator(id(TestId.resultCaseState(n)))).toHaveText('待评分');
      await expect(page.locator(id(TestId.resultCaseDone(n)))).toBeVisible();
      await expect(page.locator(id(TestId.resultCaseThinking(n)))).not.toBeEmpty();
    }
    await expect(page.locator(id(TestId.resultCase(1)))).toContainText('需要分析：服务对象缺少社会支持');
    await page.screenshot({ path: `${shots}/12-case-result-pending.png` });
    await page.locator(id(TestId.resultCaseDone(1))).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/12b-case-result-marking.png` });

    // History: the paper waits for its marks and stays out of the trend chart.
    await page.getByRole('button', { name: '返回模拟考试' }).click();
    await expect(page.locator(id(TestId.examHistory))).toContainText('待评分（已评 0 / 5 题）');
    await expect(page.locator(id(TestId.examHistory))).not.toContainText('未及格');
    await expect(page.locator(id(TestId.examLobby))).toContainText('另有 1 份试卷还没评完分');
    await expect(page.locator(`${id(TestId.examLobby)} canvas`)).toHaveCount(0);
    await page.screenshot({ path: `${shots}/12c-case-history-pending.png`, fullPage: true });
    await page.locator(id(TestId.examHistory)).getByRole('button', { name: '去评分' }).click();
    await expect(page.locator(id(TestId.examScore))).toHaveText('待评分（已评 0 / 5 题）');

    // Case 1: every point ticked. Case 2: nothing covered, recorded with the button alone. Cases 3–5: every point.
    const markAll = async (n: number) => {
      const boxes = page.locator(`${id(TestId.resultCase(n))} input[type="checkbox"]`);
      await expect(boxes.first()).toBeVisible();
      for (let i = 0, count = await boxes.count(); i < count; i++) await boxes.nth(i).check();
      await expect(page.locator(id(TestId.resultCaseDone(n)))).toHaveText('这题评分完成（记 20 分）');
      await page.locator(id(TestId.resultCaseDone(n))).click();
      await expect(page.locator(id(TestId.resultCaseState(n)))).toHaveText('（20 / 20 分）');
    };
    await markAll(1);
    await expect(page.locator(id(TestId.resultCaseDone(2)))).toHaveText('这题评分完成（记 0 分）');
    await page.locator(id(TestId.resultCaseDone(2))).click();
    await expect(page.locator(id(TestId.resultCaseState(2)))).toHaveText('（0 / 20 分）');
    await expect(page.locator(id(TestId.examScore))).toHaveText('待评分（已评 2 / 5 题）');
    await expect(page.locator(id(TestId.examPassed))).toContainText('已评的题目共得 20 分');
    await markAll(3);
    await markAll(4);
    await markAll(5);

    await expect(page.locator(id(TestId.examScore))).toHaveText('80 / 100 分');
    await expect(page.locator(id(TestId.examPassed))).toHaveText('及格（及格线 60 分）');
    await expect(page.locator(id(TestId.examMarkingHelp))).toHaveCount(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${shots}/13-case-result-marked.png` });
    await page.locator(id(TestId.resultCaseState(2))).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/13b-case-result-marked-case.png` });

    // A marked case can still be corrected: unticking a point is saved at once.
    await page.locator(id(TestId.resultPoint(1, 0, 0))).uncheck();
    await expect(page.locator(id(TestId.examScore))).not.toHaveText('80 / 100 分');

    await page.getByRole('button', { name: '返回模拟考试' }).click();
    await expect(page.locator(id(TestId.examHistory))).toContainText(/得分\s+\d+ \/ 100 · 及格/);
    await expect(page.locator(`${id(TestId.examLobby)} canvas`)).toHaveCount(1);
    // The 学习报告's trend chart: with this one exam the pass line spans the chart (trendConfig, unit-tested).
    await expect(page.locator(id(TestId.examTrend('mp')))).toHaveAttribute('data-drawn', 'yes');
    await expect(page.locator(id(TestId.examLobby))).not.toContainText('还没评完分');
    await page.screenshot({ path: `${shots}/14-case-history.png`, fullPage: true });
  } finally {
    await app.stop();
  }
});

import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Download } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import { startCentreService } from './support/centreRuntime';
import { cellByHeader, teacherWithClass } from './support/centreTeacher';
import { shots } from './support/steps';
import { freshDataDir } from './support/webRuntime';

// The centre's own self-signed certificate: the teacher accepted it once (see centreSync.spec.ts).
test.use({ ignoreHTTPSErrors: true, viewport: { width: 1366, height: 768 } });

const DAY = 86_400_000;
const dayOf = (at: number) => new Date(at).toISOString().slice(0, 10);

/** A learner's PC, raw: enrol with the 班级码, then push answers and mock sittings, as the desktop client does. */
async function learnerPushes(
  request: APIRequestContext,
  url: string,
  code: string,
  name: string,
  answers: { chapter: string; correct: boolean }[],
  mocks: { subject: string; score: number; passLine: number; daysAgo: number }[],
) {
  const enrol = await request.post(`${url}/api/sync/enrol`, { data: { code, learnerName: name, consent: true } });
  expect(enrol.status()).toBe(200);
  const { token, learnerId } = (await enrol.json()) as { token: string; learnerId: number };
  const now = Date.now();
  const events = answers.map((a, i) => {
    const at = now - (answers.length - i) * DAY;
    const questionId = `q${i}`;
    return {
      id: `${questionId}|${at}|practice|A`,
      kind: 'answer',
      at,
      day: dayOf(at),
      questionId,
      chapter: a.chapter,
      correct: a.correct,
      payload: { questionId, at, choice: ['A'], correct: a.correct, score: a.correct ? 1 : 0, responseMs: 1000, mode: 'practice' },
    };
  });
  const exams = mocks.map((m, i) => {
    const at = now - m.daysAgo * DAY;
    return {
      id: `exam-${name}-${i}`,
      kind: 'exam',
      at,
      day: dayOf(at),
      score: m.score,
      passLine: m.passLine,
      payload: { subject: m.subject },
    };
  });
  const push = await request.post(`${url}/api/sync/push`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { learnerId, events: [...events, ...exams] },
  });
  expect(push.status()).toBe(200);
}

/** A sheet's rows as values (the header first), read back with exceljs from the downloaded .xlsx. */
async function xlsxRows(download: Download): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

test("the teacher's page (a Svelte app): class list, learners with a mock trend per subject, the chapter heat map and chart, assignments, exports of every table", async ({
  guardedPage: page,
}) => {
  test.setTimeout(360_000);
  const centre = await startCentreService(freshDataDir());
  try {
    const { code, classUrl } = await teacherWithClass(page, centre.url, '刘老师', 'liu', '2026 春季班');
    await expect(page.locator('#fingerprint')).toContainText('本机证书指纹');

    // jc25-02 goes worst (1 of 4 right), jc25-01 best (all right). 王芳 sat 综合能力 three times and 实务 once.
    await learnerPushes(
      page.request,
      centre.url,
      code,
      '王芳',
      [
        { chapter: 'jc25-01', correct: true },
        { chapter: 'jc25-01', correct: true },
        { chapter: 'jc25-02', correct: false },
        { chapter: 'jc25-02', correct: true },
      ],
      [
        { subject: 'jc', score: 48, passLine: 60, daysAgo: 20 },
        { subject: 'jc', score: 57, passLine: 60, daysAgo: 10 },
        { subject: 'jp', score: 66, passLine: 60, daysAgo: 5 },
        { subject: 'jc', score: 72, passLine: 60, daysAgo: 1 },
      ],
    );
    await learnerPushes(
      page.request,
      centre.url,
      code,
      '李强',
      [
        { chapter: 'jc25-02', correct: false },
        { chapter: 'jc25-02', correct: false },
      ],
      [{ subject: 'jc', score: 48, passLine: 60, daysAgo: 0 }],
    );

    await page.goto(classUrl);
    await expect(page.getByRole('heading', { level: 1, name: /2026 春季班/ })).toBeVisible();
    await expect(page.getByTestId('class-code')).toHaveText(code);
    const chapterChart = page.getByTestId('centre-chapter-chart');
    await expect(chapterChart).toBeVisible();
    await expect(page.getByTestId('centre-mock-chart')).toBeVisible();
    // The chart's label names the weakest chapter by its title; the heat map lists titles weakest first.
    await expect(chapterChart).toHaveAttribute('aria-label', /综合能力 第2章 社会工作服务发展的基本原则，25%/);
    await expect(page.locator('#heatmap li b')).toHaveText([
      '综合能力 第2章 社会工作服务发展的基本原则',
      '综合能力 第1章 社会工作服务的内涵',
    ]);
    // Chart.js drew something: the canvas has pixels that are not blank.
    const painted = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((c: HTMLCanvasElement) => {
          const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
          for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) return true;
          return false;
        });
    expect(await painted('[data-testid="centre-chapter-chart"]')).toBe(true);

    // The learner table, read by its headers: the latest mock against its pass line.
    await expect(await cellByHeader(page, '#learners', '李强', '最近模拟考试')).toHaveText('48 / 及格 60');
    await expect(await cellByHeader(page, '#learners', '王芳', '最近模拟考试')).toHaveText('72 / 及格 60 ✓');
    await expect(await cellByHeader(page, '#learners', '王芳', '正确率')).toHaveText('75%');
    // 今日计划: shown exactly when the centre reports it in the learner rows (the desktop's 'plan' events).
    const rows = (await (await page.request.get(`${classUrl}/learners.json`)).json()) as { name: string; planToday?: string }[];
    const planHeader = page.getByRole('columnheader', { name: '今日计划' });
    if (rows.some((r) => r.planToday !== undefined)) {
      await expect(planHeader).toHaveCount(1);
      const words = { kept: '已完成', open: '未完成', none: '今天未学习' } as Record<string, string>;
      for (const r of rows) await expect(await cellByHeader(page, '#learners', r.name, '今日计划')).toContainText(words[r.planToday!]!);
    } else {
      await expect(planHeader).toHaveCount(0);
    }

    // A learner's detail: one trend line chart per subject with the pass line, and the sittings as a table.
    await page.getByRole('button', { name: '查看 王芳 的详情' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '王芳 的详情' })).toBeFocused();
    const trends = page.getByTestId('centre-mock-trend');
    await expect(trends).toHaveCount(2);
    await expect(trends.first()).toHaveAttribute(
      'aria-label',
      '社会工作综合能力（初级）模拟考试分数走势，共 3 次，最近一次 72 分，及格线 60 分',
    );
    await expect(trends.nth(1)).toHaveAttribute('aria-label', /社会工作实务（初级）.*共 1 次/);
    expect(await painted('[data-testid="centre-mock-trend"]')).toBe(true);
    const jcTable = page.getByRole('table', { name: '社会工作综合能力（初级）：每次模拟考试' });
    await expect(jcTable.locator('tbody tr td:nth-child(2)')).toHaveText(['48', '57', '72']);
    await expect(page.locator('#learner-chapters tbody tr td:first-child')).toHaveText([
      '综合能力 第2章 社会工作服务发展的基本原则',
      '综合能力 第1章 社会工作服务的内涵',
    ]);
    await page.screenshot({ path: `${shots}/centre-learner-detail-1366.png`, fullPage: true });

    // An assignment, set in the page: the chapter chosen by its title.
    await page.getByLabel('名称', { exact: true }).first().fill('第二章再练');
    await page.getByLabel('章节', { exact: true }).selectOption({ label: '综合能力 第2章 社会工作服务发展的基本原则' });
    await page.getByLabel('截止日期').fill('2026-12-20');
    await page.getByRole('button', { name: '布置', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: '已布置“第二章再练”' })).toBeVisible();
    const assignment = page.locator('#assignments tbody tr').filter({ hasText: '第二章再练' });
    await expect(assignment.locator('td')).toHaveText([
      '练习',
      '第二章再练',
      '综合能力 第2章 社会工作服务发展的基本原则',
      '2026-12-20',
      '0 / 2',
      '—',
      '李强、王芳',
    ]);

    // Every table exports as .xlsx and .csv: read back what the teacher downloads.
    const download = async (name: string) => {
      const d = page.waitForEvent('download');
      await page.getByRole('link', { name }).click();
      return d;
    };
    const learners = await xlsxRows(await download('学员表 Excel（.xlsx）'));
    expect(learners[0]!.slice(0, 3)).toEqual(['学员', '做过的题', '答题次数']);
    expect(learners.map((r) => r[0])).toEqual(['学员', '李强', '王芳']);
    const mocks = await xlsxRows(await download('模拟考试成绩表 Excel（.xlsx）'));
    expect(mocks[0]).toEqual(['学员', '日期', '科目', '分数', '及格线', '是否及格']);
    expect(mocks.filter((r) => r[0] === '王芳').map((r) => [r[2], r[3], r[5]])).toEqual([
      ['社会工作综合能力（初级）', 48, '未及格'],
      ['社会工作综合能力（初级）', 57, '未及格'],
      ['社会工作实务（初级）', 66, '及格'],
      ['社会工作综合能力（初级）', 72, '及格'],
    ]);
    const chapters = await xlsxRows(await download('各章正确率表 Excel（.xlsx）'));
    expect(chapters[1]).toEqual(['jc25-01', '综合能力 第1章 社会工作服务的内涵', 2, 100]);
    const assignments = await xlsxRows(await download('作业表 Excel（.xlsx）'));
    expect(assignments[1]).toEqual(['练习', '第二章再练', '综合能力 第2章 社会工作服务发展的基本原则', '2026-12-20', 0, 2, '']);
    const doneList = readFileSync((await (await download('作业完成名单 .csv')).path())!, 'utf8');
    expect(doneList.startsWith('\uFEFF"作业","类型"')).toBe(true);
    expect(doneList).toContain('"第二章再练","练习","综合能力 第2章 社会工作服务发展的基本原则","2026-12-20","王芳","未完成"');
    const banks = await xlsxRows(await download('题库列表 Excel（.xlsx）'));
    expect(banks).toEqual([['名称', '上传时间']]);

    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id} · ${n.target.join(' ')} · ${n.failureSummary ?? ''}`))).toEqual([]);
    await page.screenshot({ path: `${shots}/centre-class-1366.png`, fullPage: true });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: `${shots}/centre-class-1024.png`, fullPage: true });
    await page.goto(`${centre.url}/`);
    await page.screenshot({ path: `${shots}/centre-classes-1024.png`, fullPage: true });
    const list = await new AxeBuilder({ page }).analyze();
    expect(list.violations.map((v) => v.id)).toEqual([]);
  } finally {
    await centre.stop();
  }
});

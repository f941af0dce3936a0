import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { startCentreService } from './support/centreRuntime';
import { shots } from './support/steps';
import { freshDataDir } from './support/webRuntime';

// The centre's own self-signed certificate: the teacher accepted it once (see centreSync.spec.ts).
test.use({ ignoreHTTPSErrors: true, viewport: { width: 1366, height: 768 } });

const DAY = 86_400_000;

/** A learner's PC, raw: enrol with the 班级码, then push answers and a mock exam, as the desktop client does. */
async function learnerPushes(
  request: APIRequestContext,
  url: string,
  code: string,
  name: string,
  answers: { chapter: string; correct: boolean }[],
  mock: { score: number; passLine: number },
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
      day: new Date(at).toISOString().slice(0, 10),
      questionId,
      chapter: a.chapter,
      correct: a.correct,
      payload: { questionId, at, choice: ['A'], correct: a.correct, score: a.correct ? 1 : 0, responseMs: 1000, mode: 'practice' },
    };
  });
  const exam = { id: `exam-${name}`, kind: 'exam', at: now, day: new Date(now).toISOString().slice(0, 10), ...mock, payload: {} };
  const push = await request.post(`${url}/api/sync/push`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { learnerId, events: [...events, exam] },
  });
  expect(push.status()).toBe(200);
}

test("the teacher's class page draws the class's accuracy per chapter (titles, weakest first) and the mock scores with the pass line", async ({
  guardedPage: page,
}) => {
  test.setTimeout(180_000);
  const centre = await startCentreService(freshDataDir());
  try {
    await page.goto(`${centre.url}/`);
    await page.locator('form[action="/signup"] input[name="displayName"]').fill('刘老师');
    await page.locator('form[action="/signup"] input[name="username"]').fill('liu');
    await page.locator('form[action="/signup"] input[name="password"]').fill('a good password');
    await page.locator('form[action="/signup"] button').click();
    await page.locator('input[name="name"]').fill('2026 春季班');
    await page.getByRole('button', { name: '创建班级' }).click();
    const code = (await page.locator('#classes .code').first().textContent())!.trim();
    const classUrl = `${centre.url}${await page.locator('#classes a').first().getAttribute('href')}`;

    // jc25-02 goes worst (1 of 4 right), jc25-01 best (all right).
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
      { score: 72, passLine: 60 },
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
      { score: 48, passLine: 60 },
    );

    await page.goto(classUrl);
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
    const painted = await chapterChart.evaluate((c: HTMLCanvasElement) => {
      const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) return true;
      return false;
    });
    expect(painted).toBe(true);
    // The tables and their exports are still there.
    await expect(page.locator('#learners')).toContainText('李强');
    await expect(page.getByRole('link', { name: 'Excel（.xlsx）' }).first()).toHaveAttribute('href', /learners\.xlsx$/);

    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id} · ${n.target.join(' ')} · ${n.failureSummary ?? ''}`))).toEqual([]);
    await page.screenshot({ path: `${shots}/centre-class-1366.png`, fullPage: true });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: `${shots}/centre-class-1024.png`, fullPage: true });
  } finally {
    await centre.stop();
  }
});

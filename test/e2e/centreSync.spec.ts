import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { startCentreService } from './support/centreRuntime';
import { answer, id, itemsByStem, onboard, openApp, questionsDir, shots } from './support/steps';
import { freshDataDir, startApp, type RunningApp } from './support/webRuntime';
import type { Page } from '@playwright/test';

async function connect(page: Page, centreUrl: string, code: string, name: string, personalCode = '') {
  await page.locator(id(TestId.openSettings)).click();
  await page.locator(id(TestId.syncAddress)).fill(centreUrl.replace('http://', ''));
  await page.locator(id(TestId.syncCode)).fill(code);
  await page.locator(id(TestId.syncName)).fill(name);
  if (personalCode) await page.locator(id(TestId.syncPersonalCode)).fill(personalCode);
  await page.locator(id(TestId.syncConnect)).click();
  // Without the consent tick nothing is sent.
  await expect(page.locator(id(TestId.syncMessage))).toContainText('请先勾选同意');
  await page.locator(id(TestId.syncConsent)).check();
  await page.locator(id(TestId.syncConnect)).click();
  await expect(page.locator(id(TestId.syncBadge))).toHaveText('已同步');
}

test('a learner on a lab PC and at home sees one history through the centre; the teacher sees it once; an assignment started from the app shows as done on the page', async ({
  guardedPage: page,
}) => {
  test.setTimeout(240_000);
  const items = await itemsByStem();
  const centre = await startCentreService(freshDataDir());
  let lab: RunningApp | null = null;
  let home: RunningApp | null = null;
  try {
    // The teacher signs up and creates a class on the centre's page.
    await page.goto(`${centre.url}/`);
    await page.locator('form[action="/signup"] input[name="displayName"]').fill('刘老师');
    await page.locator('form[action="/signup"] input[name="username"]').fill('liu');
    await page.locator('form[action="/signup"] input[name="password"]').fill('a good password');
    await page.locator('form[action="/signup"] button').click();
    await page.locator('input[name="name"]').fill('2026 春季班');
    await page.getByRole('button', { name: '创建班级' }).click();
    const code = (await page.locator('#classes .code').first().textContent())!.trim();
    const classUrl = `${centre.url}${await page.locator('#classes a').first().getAttribute('href')}`;

    // The lab PC: two answers, then 连接培训机构.
    lab = await startApp(freshDataDir(), ['--questions', questionsDir]);
    await openApp(page, lab);
    await onboard(page, 'junior', '王芳');
    const practice = page.locator(`${id(TestId.subject('jc'))} [data-testid^="practice-"]`).first();
    const chapterId = (await practice.getAttribute('data-testid'))!.replace('practice-', '');
    await practice.click();
    await answer(page, items, true);
    await answer(page, items, false);
    await page.locator(id(TestId.backHome)).click();
    await connect(page, centre.url, code, '王芳');
    const personalCode = (await page.locator(id(TestId.syncShownCode)).textContent())!.trim();
    await page.screenshot({ path: `${shots}/sync-connected.png` });
    await lab.stop();
    lab = null;

    // The teacher sets an assignment.
    await page.goto(classUrl);
    await page.locator('input[name="title"]').fill('第一章练习');
    await page.locator('input[name="target"]').fill(chapterId);
    await page.locator('input[name="dueDay"]').fill('2026-12-20');
    await page.getByRole('button', { name: '布置' }).click();
    await expect(page.locator('#assignments')).toContainText('第一章练习');

    // Home: the same learner joins with the 个人码 and gets the lab's history and the assignment.
    home = await startApp(freshDataDir(), ['--questions', questionsDir]);
    await openApp(page, home);
    await onboard(page, 'junior', '王芳');
    await expect(page.locator(id(TestId.chapterProgress(chapterId)))).toHaveText('未开始');
    await connect(page, centre.url, code, '王芳', personalCode);
    await expect(page.locator(id(TestId.syncAssignment))).toContainText('第一章练习');
    for (const [w, h] of [
      [1366, 768],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.locator(id(TestId.syncPanel)).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/sync-home-assignment-${w}.png` });
    }
    await page.locator(id(TestId.brandHome)).click();
    await expect(page.locator(id(TestId.chapterProgress(chapterId)))).toHaveText('已做 2 · 答对 1');
    // The learner starts the assignment from the app: its chapter's practice opens; one answer, sent by 立即同步.
    await page.locator(id(TestId.openSettings)).click();
    await expect(page.locator(id(TestId.syncAssignmentDone))).toHaveCount(0);
    await page.locator(id(TestId.syncAssignment)).getByRole('button', { name: '开始练习' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '练习 · 第一章练习' })).toBeVisible();
    await answer(page, items, true);
    await page.locator(id(TestId.backHome)).click();
    await page.locator(id(TestId.openSettings)).click();
    // The header counts the new answer at once (not only at the next background round), then 立即同步 sends it.
    // Waiting on 已同步 alone could pass on the badge of before the answer and read the teacher's page too early.
    await expect(page.locator(id(TestId.syncBadge))).toHaveText('等待同步（1）');
    await page.locator(id(TestId.syncNow)).click();
    await expect(page.locator(id(TestId.syncBadge))).toHaveText('已同步');
    await expect(page.locator(id(TestId.syncAssignmentDone))).toHaveText('已完成');

    // The teacher's page: 王芳 once, three answers from two PCs.
    await page.goto(classUrl);
    const row = page.locator('#learners tbody tr');
    await expect(row).toHaveCount(1);
    await expect(row.locator('td').nth(0)).toHaveText('王芳');
    await expect(row.locator('td').nth(2)).toHaveText('3');
    await expect(row.locator('td').nth(7)).toHaveText('2');
    // The assignment was set after the lab's answers: home's answer in its chapter is what completes it.
    await expect(page.locator('#assignments tbody tr').first().locator('td').nth(4)).toHaveText('1 / 1');
    await expect(page.locator('#assignments tbody tr').first().locator('td').nth(5)).toHaveText('王芳');
    await page.screenshot({ path: `${shots}/centre-class.png`, fullPage: true });
  } finally {
    await lab?.stop();
    await home?.stop();
    await centre.stop();
  }
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { startCentreService } from './support/centreRuntime';
import { cellByHeader, teacherWithClass } from './support/centreTeacher';
import { answer, id, itemsByStem, onboard, openApp, questionsDir, shots } from './support/steps';
import { freshDataDir, startApp, type RunningApp } from './support/webRuntime';

// The centre's certificate is its own (self-signed): the teacher's browser accepts it; the app pins it on enrolment.
test.use({ ignoreHTTPSErrors: true });

test('the administrator connects both learners of a lab PC to the centre in one step; the teacher page lists both', async ({
  guardedPage: page,
}) => {
  test.setTimeout(240_000);
  const items = await itemsByStem();
  const centre = await startCentreService(freshDataDir());
  let lab: RunningApp | null = null;
  try {
    const { code, classUrl } = await teacherWithClass(page, centre.url, '黄老师', 'huang', '机房周三班');

    // One lab PC, two learners: 王芳 answers one question, then 李明 is added (and stays open).
    const labDir = freshDataDir();
    lab = await startApp(labDir, ['--questions', questionsDir]);
    await openApp(page, lab);
    await onboard(page, 'junior', '王芳');
    await page
      .locator(`${id(TestId.subject('jc'))} [data-testid^="practice-"]`)
      .first()
      .click();
    await answer(page, items, true);
    await page.locator(id(TestId.backHome)).click();
    await page.locator(id(TestId.switchLearner)).click();
    await onboard(page, 'junior', '李明');

    // 设置 → 培训机构管理: the administrator sets a password; the panel is behind it.
    await page.locator(id(TestId.openSettings)).click();
    await page.getByRole('tab', { name: '培训机构管理（老师用）' }).click();
    await page.getByLabel('新的管理员密码（4 到 8 位数字）').fill('24680');
    await page.getByRole('button', { name: '设置管理员密码' }).click();
    await expect(page.locator(id(TestId.centreMessage))).toContainText('管理员密码已设置');
    const panel = page.locator(id(TestId.enrolAllPanel));
    await expect(panel.getByRole('heading', { name: '为本机所有学员连接培训机构' })).toBeVisible();
    await expect(panel).toContainText('会发送的内容：每位学员在本机的答题记录、模拟考试成绩和案例自评');
    await expect(panel).toContainText('只会发送到您填写的这个机构地址');

    // By keyboard: typed as the teacher reads it out (no https://), Enter submits.
    await page.locator(id(TestId.enrolAllAddress)).fill(centre.url.replace(/^https:\/\//, ''));
    await page.locator(id(TestId.enrolAllCode)).fill('ZZZZZZ');
    await page.locator(id(TestId.enrolAllCode)).press('Enter');
    // Without the administrator's tick on behalf of the learners nothing is sent.
    await expect(page.locator(id(TestId.enrolAllError))).toContainText('请先确认已经得到每位学员的同意');
    await page.locator(id(TestId.enrolAllConsent)).focus();
    await page.keyboard.press('Space');
    await expect(page.locator(id(TestId.enrolAllConsent))).toBeChecked();
    await page.locator(id(TestId.enrolAllCode)).press('Enter');
    await expect(page.locator(id(TestId.enrolAllError))).toHaveText('没有这个班级码，请向老师核对。');

    await page.locator(id(TestId.enrolAllCode)).fill(code.toLowerCase());
    await page.locator(id(TestId.enrolAllCode)).press('Enter');
    await expect(page.locator(id(TestId.enrolAllSummary))).toHaveText('已为班级“机房周三班”连接 2 位学员。');
    await expect(page.getByRole('heading', { name: '连接结果' })).toBeFocused();
    await expect(page.locator(id(TestId.enrolAllRow))).toHaveText(['王芳：已连接', '李明：已连接']);
    await expect(page.locator(id(TestId.enrolAllError))).toHaveCount(0);
    // The open learner (李明) is connected at once: the header shows its sync state. Connecting also notes today's
    // plan (a plan event), which a round started meanwhile may leave for the next background round (every 30 s).
    await expect(page.locator(id(TestId.syncBadge))).toHaveText(/^(已同步|等待同步（\d+）)$/);
    await expect(page.locator(id(TestId.syncBadge))).toHaveText('已同步', { timeout: 45_000 });

    for (const [w, h] of [
      [1366, 768],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await panel.scrollIntoViewIfNeeded();
      // Nothing wider than the window.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.screenshot({ path: `${shots}/centre-enrol-all-${w}.png` });
      if (w === 1366) await panel.screenshot({ path: `${shots}/centre-enrol-all-panel-1366.png` });
    }

    // Again: both are connected already, the centre is not asked, nobody is enrolled twice.
    await page.locator(id(TestId.enrolAllConsent)).check();
    await page.locator(id(TestId.enrolAllConnect)).click();
    await expect(page.locator(id(TestId.enrolAllSummary))).toContainText('本机没有需要连接的学员');
    await expect(page.locator(id(TestId.enrolAllRow))).toHaveText(['王芳：之前已连接', '李明：之前已连接']);

    // 王芳 opens her own session: her link is hers, and her earlier answer reaches the centre.
    await page.locator(id(TestId.brandHome)).click();
    await page.locator(id(TestId.switchLearner)).click();
    await page.locator(`${id(TestId.profile('王芳'))} .profile-main`).click();
    await page.locator(id(TestId.openSettings)).click();
    await expect(page.locator(id(TestId.syncPanel))).toContainText('已连接：机房周三班（王芳）');
    await page.locator(id(TestId.syncNow)).click();
    await expect(page.locator(id(TestId.syncBadge))).toHaveText('已同步');

    // A second lab PC where 王芳 has a profile too: the class has a 王芳, so she is refused until her 个人码 (from the
    // first PC) is typed; then she is the same learner on two PCs, not a second 王芳.
    const first = readdirSync(join(labDir, 'learners'))
      .map((d) => join(labDir, 'learners', d, 'sync.json'))
      .filter((f) => existsSync(f))
      .map((f) => JSON.parse(readFileSync(f, 'utf8')) as { learnerName: string; personalCode: string })
      .find((x) => x.learnerName === '王芳')!;
    await lab.stop();
    lab = await startApp(freshDataDir(), ['--questions', questionsDir]);
    await openApp(page, lab);
    await onboard(page, 'junior', '王芳');
    await page.locator(id(TestId.openSettings)).click();
    await page.getByRole('tab', { name: '培训机构管理（老师用）' }).click();
    await page.getByLabel('新的管理员密码（4 到 8 位数字）').fill('13579');
    await page.getByRole('button', { name: '设置管理员密码' }).click();
    await expect(page.locator(id(TestId.centreMessage))).toContainText('管理员密码已设置');
    await page.locator(id(TestId.enrolAllAddress)).fill(centre.url);
    await page.locator(id(TestId.enrolAllCode)).fill(code);
    await page.locator(id(TestId.enrolAllConsent)).check();
    await page.locator(id(TestId.enrolAllConnect)).click();
    await expect(page.locator(id(TestId.enrolAllRow))).toHaveText([/^王芳：失败：班里已经有同名的学员。.*请在下面填写他的个人码/]);
    const codes = page.locator(id(TestId.enrolAllCodes));
    await expect(codes.getByRole('heading', { name: '已在另一台电脑上连接过的学员' })).toBeVisible();
    // A wrong code: refused, the field stays to be typed again.
    await codes.getByLabel('王芳 的个人码').fill('AAAAAAAA');
    await codes.getByRole('button', { name: '用个人码连接' }).click();
    await expect(page.locator(id(TestId.enrolAllRow))).toHaveText([/^王芳：失败：个人码不对/]);
    await codes.getByLabel('王芳 的个人码').fill(first.personalCode);
    await page.screenshot({ path: `${shots}/centre-enrol-all-personal-code.png` });
    await codes.getByLabel('王芳 的个人码').press('Enter');
    await expect(page.locator(id(TestId.enrolAllRow))).toHaveText(['王芳：已连接']);
    await expect(page.locator(id(TestId.enrolAllCodes))).toHaveCount(0);
    await expect(page.locator(id(TestId.syncBadge))).toHaveText('已同步', { timeout: 45_000 });

    // The teacher's page lists both learners: 王芳 on two PCs, 李明 on one.
    await page.goto(classUrl);
    await expect(page.locator('#learners tbody tr')).toHaveCount(2);
    await expect(await cellByHeader(page, '#learners', '王芳', '答题次数')).toHaveText('1');
    await expect(await cellByHeader(page, '#learners', '李明', '答题次数')).toHaveText('0');
    await expect(await cellByHeader(page, '#learners', '王芳', '电脑')).toHaveText('2');
    await expect(await cellByHeader(page, '#learners', '李明', '电脑')).toHaveText('1');
  } finally {
    await lab?.stop();
    await centre.stop();
  }
});

import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { answer, id, itemsByStem, onboard, openApp, questionsDir, shots } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

test('a shared lab PC: two learners, one with a PIN, each sees only their own records', async ({ guardedPage: page }) => {
  const items = await itemsByStem();
  const app = await startApp(freshDataDir(), ['--questions', questionsDir]);
  try {
    await openApp(page, app);
    await expect(page.locator(id(TestId.profiles))).toBeVisible();
    // A name of spaces and a 2-digit PIN are refused with the contract's own messages, shown by the form.
    await page.locator(id(TestId.profileName)).fill('   ');
    await page.locator(id(TestId.levelOption('junior'))).click();
    await page.locator(id(TestId.onboardingDone)).click();
    await expect(page.locator(id(TestId.profileError))).toHaveText('请填写名字。');
    await page.locator(id(TestId.profileName)).fill('王芳');
    await page.locator(id(TestId.profilePin)).fill('12');
    await page.locator(id(TestId.onboardingDone)).click();
    await expect(page.locator(id(TestId.profileError))).toHaveText('数字密码应为 4 到 8 位数字，或者留空。');
    await page.locator(id(TestId.profilePin)).fill('');
    await onboard(page, 'junior', '王芳');
    const practice = page.locator(`${id(TestId.subject('jc'))} [data-testid^="practice-"]`).first();
    const chapterId = (await practice.getAttribute('data-testid'))!.replace('practice-', '');
    await practice.click();
    await answer(page, items, false);
    await page.locator(id(TestId.backHome)).click();
    await expect(page.locator(id(TestId.chapterProgress(chapterId)))).toHaveText('已做 1 · 答对 0');

    // Next learner, with a PIN.
    await page.locator(id(TestId.switchLearner)).click();
    await page.locator(id(TestId.profileName)).fill('李明');
    await page.locator(id(TestId.levelOption('junior'))).click();
    await page.locator(id(TestId.profilePin)).fill('1234');
    await page.locator(id(TestId.onboardingDone)).click();
    await expect(page.locator(id(TestId.learnerName))).toHaveText('李明');
    await expect(page.locator(id(TestId.chapterProgress(chapterId)))).toHaveText('未开始');
    await page.locator(id(TestId.openMistakes)).click();
    await expect(page.locator(id(TestId.mistakes))).toContainText('共 0 题');

    // Back to the start screen: 王芳 opens without a PIN and finds her record.
    await page.locator(id(TestId.switchLearner)).click();
    await expect(page.locator(id(TestId.profile('李明'))).getByRole('img', { name: '有数字密码' })).toBeVisible();
    await page.screenshot({ path: `${shots}/11-profiles.png`, fullPage: true });
    await page.locator(`${id(TestId.profile('王芳'))} .profile-main`).click();
    await expect(page.locator(id(TestId.learnerName))).toHaveText('王芳');
    await expect(page.locator(id(TestId.chapterProgress(chapterId)))).toHaveText('已做 1 · 答对 0');

    // 李明 needs his PIN.
    await page.locator(id(TestId.switchLearner)).click();
    await page.locator(`${id(TestId.profile('李明'))} .profile-main`).click();
    await page.locator(id(TestId.profilePinEntry)).fill('9999');
    await page.locator(id(TestId.profilePinEntry)).press('Enter');
    // The message sits beside the box, and the box is emptied for the next try.
    const entry = page.locator(id(TestId.profile('李明')));
    await expect(entry.locator(id(TestId.profileError))).toContainText('数字密码不正确');
    await expect(page.locator(id(TestId.profilePinEntry))).toHaveValue('');
    await page.locator(id(TestId.profilePinEntry)).fill('1234');
    await page.locator(id(TestId.profilePinEntry)).press('Enter');
    await expect(page.locator(id(TestId.learnerName))).toHaveText('李明');
    await expect(page.locator(id(TestId.chapterProgress(chapterId)))).toHaveText('未开始');

    // 李明 forgets his PIN. An administrator PIN set only now (here by whoever is signed in) must not open a PIN that
    // is older than it — otherwise any classmate could set one and read his records.
    await page.locator(id(TestId.openSettings)).click();
    await page.getByRole('tab', { name: '培训机构管理（老师用）' }).click();
    await page.getByLabel('新的管理员密码（4 到 8 位数字）').fill('24680');
    await page.getByRole('button', { name: '设置管理员密码' }).click();
    await expect(page.locator(id(TestId.centreMessage))).toContainText('管理员密码已设置');
    await page.locator(id(TestId.switchLearner)).click();
    const manage = async (name: string) =>
      page
        .locator(id(TestId.profile(name)))
        .getByRole('button', { name: '管理' })
        .click();
    await manage('李明');
    await page.locator(id(TestId.resetPinAdmin)).fill('24680');
    await page.locator(id(TestId.resetPin)).click();
    await expect(page.locator(id(TestId.profile('李明'))).locator(id(TestId.profileError))).toContainText('管理员密码不能重置它');
    await expect(page.locator(id(TestId.resetPinAdmin))).toHaveValue('');
    await expect(page.locator(id(TestId.profile('李明'))).getByRole('img', { name: '有数字密码' })).toBeVisible();

    // A learner who sets a PIN on this machine after the administrator PIN existed can be helped when they forget it.
    await page.locator(id(TestId.profileName)).fill('赵磊');
    await page.locator(id(TestId.levelOption('junior'))).click();
    await page.locator(id(TestId.profilePin)).fill('135790');
    await page.locator(id(TestId.onboardingDone)).click();
    await expect(page.locator(id(TestId.learnerName))).toHaveText('赵磊');
    await page.locator(id(TestId.switchLearner)).click();
    await manage('赵磊');
    await page.locator(id(TestId.resetPinAdmin)).fill('24680');
    await page.locator(id(TestId.resetPin)).click();
    await expect(page.locator(id(TestId.profile('赵磊'))).getByRole('img', { name: '有数字密码' })).toHaveCount(0);
    await page.locator(`${id(TestId.profile('赵磊'))} .profile-main`).click();
    await expect(page.locator(id(TestId.learnerName))).toHaveText('赵磊');
  } finally {
    await app.stop();
  }
});

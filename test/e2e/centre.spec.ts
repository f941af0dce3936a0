import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { singleItemForTesting } from '../support/bankFixtures';
import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { id, onboard, openApp, questionsDir, shots } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

test('a training centre: the administrator sets a password, then points 设置 at the centre bank folder and exports class results', async ({
  guardedPage: page,
}) => {
  const shared = join(freshDataDir(), '机构题库');
  mkdirSync(shared);
  const item = singleItemForTesting({
    id: 'centre-jc25-06-001',
    stem: '（机构自编）社会工作者在面谈中复述服务对象的话，主要运用的技巧是（　）。',
  });
  writeFileSync(join(shared, '春季班.json'), JSON.stringify({ bankVersion: 1, subject: 'jc', items: [item] }));
  writeFileSync(join(shared, '坏文件.json'), '{ "bankVersion": 1, ');
  const app = await startApp(freshDataDir(), ['--questions', questionsDir]);
  try {
    await openApp(page, app);
    await onboard(page, 'junior', '张老师');
    const subjectHead = page.locator(`${id(TestId.subject('jc'))} .subject-head`);
    const before = Number(/(\d+) 题/.exec((await subjectHead.textContent()) ?? '')?.[1]);
    await page.locator(id(TestId.openSettings)).click();
    // 我的设置 shows no folder paths and no bank-format notes; the centre's half is its own tab.
    await expect(page.getByRole('tabpanel', { name: '我的设置' })).not.toContainText('questions');
    await page.getByRole('tab', { name: '培训机构管理（老师用）' }).click();
    const panel = page.locator(id(TestId.centre));
    await expect(panel).toContainText('本机还没有管理员密码');

    // Without an administrator PIN nobody may point the app at a folder (it reads every .json below it).
    await page.locator(id(TestId.centreInput)).fill(shared);
    await page.locator(id(TestId.centreSave)).click();
    await expect(page.locator(id(TestId.centreMessage))).toContainText('请先在“设置 → 培训机构管理（老师用）”中设置管理员密码');

    // The administrator sets a password first; the folder and the class export then need it (it serves this visit).
    await page.getByLabel('新的管理员密码（4 到 8 位数字）').fill('24680');
    await page.getByRole('button', { name: '设置管理员密码' }).click();
    await expect(page.locator(id(TestId.centreMessage))).toContainText('管理员密码已设置');

    // A folder that does not exist is refused, in Chinese, and nothing changes.
    await page.locator(id(TestId.centreInput)).fill(join(shared, '没有这个文件夹'));
    await page.locator(id(TestId.centreSave)).click();
    await expect(page.locator(id(TestId.centreMessage))).toContainText('找不到文件夹');

    await page.locator(id(TestId.centreInput)).fill(shared);
    await page.locator(id(TestId.centreSave)).click();
    await expect(page.locator(id(TestId.centreMessage))).toContainText('已保存');
    await expect(page.locator(id(TestId.centreFolder))).toHaveText(shared);
    await expect(page.locator(id(TestId.centreSummary))).toHaveText('已读取 2 个文件，载入 1 道题。');
    await expect(page.locator(id(TestId.centreProblems))).toContainText('机构题库/坏文件.json');

    // 退出管理 closes the door: a wrong password is named beside the box and the box is emptied; the right one opens it.
    await page.getByRole('button', { name: '退出管理' }).click();
    const door = page.getByLabel('管理员密码（4 到 8 位数字）');
    await door.fill('11111');
    await page.getByRole('button', { name: '进入管理' }).click();
    await expect(page.getByRole('alert')).toContainText('管理员密码不正确');
    await expect(door).toHaveValue('');
    await door.fill('24680');
    await page.getByRole('button', { name: '进入管理' }).click();
    const download = page.waitForEvent('download');
    await page.locator(id(TestId.exportCsv)).click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    expect(csv.startsWith('\uFEFF学员,科目,日期')).toBe(true);
    await panel.screenshot({ path: `${shots}/15-centre-admin.png` });

    // Every learner's home counts the centre's item.
    await page.locator(id(TestId.brandHome)).click();
    await expect(subjectHead).toContainText(`${before + 1} 题`);
  } finally {
    await app.stop();
  }
});

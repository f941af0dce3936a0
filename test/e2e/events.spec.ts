import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { singleItemForTesting } from '../support/bankFixtures';
import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { id, onboard, openApp, questionsDir } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

test('push events: a centre bank read again in one window reaches the home screen of another at once, with no polling', async ({
  guardedPage: page,
  problems,
}) => {
  const shared = join(freshDataDir(), '机构题库');
  mkdirSync(shared);
  const app = await startApp(freshDataDir(), ['--questions', questionsDir, '--centre-banks', shared]);
  try {
    await openApp(page, app);
    await onboard(page, 'junior', '张老师');

    // A second window on the same records, left on the home screen and never touched again.
    const other = await page.context().newPage();
    other.on('pageerror', (err) => problems.push(`page error (second window): ${err.message}`));
    other.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error (second window): ${msg.text()}`);
    });
    const calls: string[] = [];
    other.on('request', (r) => {
      const m = /\/api\/([^?]+)/.exec(r.url());
      if (m) calls.push(decodeURIComponent(m[1]!));
    });
    await openApp(other, app);
    const head = other.locator(`${id(TestId.subject('jc'))} .subject-head`);
    await expect(head).toBeVisible();
    const before = Number(/(\d+) 题/.exec((await head.textContent()) ?? '')?.[1]);
    expect(before).toBeGreaterThan(0);

    // The administrator drops a file into the centre folder and reads it again from the first window.
    const item = singleItemForTesting({ id: 'centre-jc25-06-001', stem: '（机构自编）复述服务对象的话，主要运用的技巧是（　）。' });
    writeFileSync(join(shared, '春季班.json'), JSON.stringify({ bankVersion: 1, subject: 'jc', items: [item] }));
    await page.locator(id(TestId.openSettings)).click();
    await page.getByRole('tab', { name: '培训机构管理（老师用）' }).click();
    await expect(page.locator(id(TestId.centreReload))).toBeVisible();
    const callsBefore = calls.length;
    await page.locator(id(TestId.centreReload)).click();
    await expect(page.locator(id(TestId.centreSummary))).toHaveText('已读取 1 个文件，载入 1 道题。');

    // The second window counts the new item by itself: main pushed bank:reloaded and it re-read the overview.
    await expect(head).toContainText(`${before + 1} 题`);
    // Exactly the re-reads the event asks for (status for the bank problems; settings, status and home for the counts),
    // nothing on a timer.
    expect(calls.slice(callsBefore).sort()).toEqual(
      ['app:status', 'app:status', 'catalog:overview', 'exam:active', 'settings:get', 'today:plan'].sort(),
    );
    await other.close();
  } finally {
    await app.stop();
  }
});

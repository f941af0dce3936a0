import ExcelJS from 'exceljs';
import { TestId } from '../../src/renderer/lib/testIds';
import { questionsDirForTesting } from '../support/questionsDirForTesting';
import { expect, test } from './support/fixtures';
import { id, onboard, openApp, shots } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

// Test data only: items written for this test, in chapter 7 (小组), which the test bank leaves empty.
async function sheet(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('题库');
  ws.addRow(['示例机构练习（测试数据）']);
  ws.mergeCells('A1:H1');
  ws.addRow(['题号', '题型', '题干', 'A', 'B', 'C', 'D', '答案', '解析', '章节']);
  ws.addRow([
    1,
    '单选',
    '导入测试：小组第一次聚会的主要任务是（　）。',
    '互相认识',
    '结束小组',
    '评估成效',
    '跟进服务',
    'A',
    '第一次聚会重在相识。',
    '小组社会工作服务方法',
  ]);
  ws.addRow([
    2,
    '多选',
    '导入测试：下列属于小组工作的有（　）。',
    '成长小组',
    '支持小组',
    '治疗小组',
    '个案面谈',
    'ABC',
    '',
    '小组社会工作服务方法',
  ]);
  ws.addRow([3, '单选', '导入测试：这一行没有答案（　）。', '甲', '乙', '丙', '丁', '', '', '小组社会工作服务方法']);
  ws.addRow([4, '单选', '导入测试：这一行的答案不是选项（　）。', '甲', '乙', '丙', '丁', 'F', '', '小组社会工作服务方法']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('导入题库: an .xlsx and pasted text through the preview, a cancel that changes nothing, then practice', async ({
  guardedPage: page,
}) => {
  const app = await startApp(freshDataDir(), ['--questions', questionsDirForTesting()]);
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openApp(page, app);
    await onboard(page, 'junior', '李老师');
    await page.getByRole('button', { name: '导入题库' }).click();
    await expect(page.locator(id(TestId.importScreen))).toBeVisible();
    await expect(page.getByText('还没有导入过题库。')).toBeVisible();

    // A sheet the app does not recognise: the learner sets the columns, sees the preview, then cancels.
    const odd = '问,甲项,乙项,丙项,丁项,对的是\n导入测试：映射读取的题（　）。,一,二,三,四,B\n';
    await page
      .getByLabel('选择文件（Excel 表格、Word 文档或文本文件）')
      .setInputFiles({ name: '自编.csv', mimeType: 'text/csv', buffer: Buffer.from(odd) });
    const mapping = page.locator(id(TestId.importMapping));
    await expect(mapping).toContainText('请告诉软件每一列是什么');
    const column = (label: string) => mapping.locator('label', { hasText: label }).locator('select');
    await column('题干').selectOption({ label: '第 1 列：问' });
    await column('答案').selectOption({ label: '第 6 列：对的是' });
    for (const [k, c] of [
      ['A', 2],
      ['B', 3],
      ['C', 4],
      ['D', 5],
    ] as const)
      await column(`选项 ${k}`).selectOption({ index: c });
    await page.screenshot({ path: `${shots}/import-mapping-1366.png`, fullPage: true });
    await page.getByRole('button', { name: '按这些列读取' }).click();
    await expect(page.locator(id(TestId.importSummary))).toHaveText('能导入 1 题；有 0 处不能导入（原因见下表）。');
    await page.getByRole('button', { name: '取消' }).click();
    await expect(page.locator(id(TestId.importPreview))).toHaveCount(0);

    const xlsx = {
      name: '机构练习.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await sheet(),
    };
    await page.getByLabel('选择文件（Excel 表格、Word 文档或文本文件）').setInputFiles(xlsx);
    await expect(page.locator(id(TestId.importSummary))).toHaveText('能导入 2 题；有 2 处不能导入（原因见下表）。');
    const refused = page.locator(id(TestId.importRefused));
    await expect(refused).toContainText('第 5 行');
    await expect(refused).toContainText('没有答案');
    await expect(refused).toContainText('答案 F 不是选项');
    await page.screenshot({ path: `${shots}/import-preview-1366.png`, fullPage: true });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: `${shots}/import-preview-1024.png`, fullPage: true });

    // 取消 imports nothing.
    await page.getByRole('button', { name: '取消' }).click();
    await expect(page.locator(id(TestId.importMessage))).toHaveText('已取消，没有导入任何题目。');
    await expect(page.locator(id(TestId.importPreview))).toHaveCount(0);
    await expect(page.getByText('还没有导入过题库。')).toBeVisible();

    await page.getByLabel('选择文件（Excel 表格、Word 文档或文本文件）').setInputFiles(xlsx);
    await page.getByRole('button', { name: '导入 2 题' }).click();
    await expect(page.locator(id(TestId.importMessage))).toContainText('已导入 2 题，2 处没有导入');
    await expect(page.locator(id(TestId.importBanks))).toContainText('机构练习.xlsx · 2 题 · 我的题库');

    // Pasted text, keyboard only: type, then Tab to 读取粘贴的文字 and press Enter.
    const paste = page.getByLabel('或者把题目文字粘贴在这里');
    await paste.fill(
      '第七章 小组社会工作服务方法\n1．导入测试：小组结束阶段的任务是（　）。\nA．处理离别情绪\nB．招募组员\nC．签订契约\nD．建立规范\n【答案】A\n2．导入测试：没有选项的题\n答案：B',
    );
    await paste.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator(id(TestId.importSummary))).toHaveText('能导入 1 题；有 1 处不能导入（原因见下表）。');
    await expect(page.locator(id(TestId.importRefused))).toContainText('没有选项');
    await page.getByRole('button', { name: '导入 1 题' }).click();
    await expect(page.locator(id(TestId.importMessage))).toContainText('已导入 1 题');
    await page.screenshot({ path: `${shots}/import-done-1024.png`, fullPage: true });

    // The imported items are practised like any other, marked 导入 with the file name.
    await page.getByRole('button', { name: '返回首页' }).click();
    await page.locator(id(TestId.practiceChapter('jc25-07'))).click();
    await expect(page.locator(id(TestId.questionStem))).toContainText('导入测试');
    // Answered wrongly (D is never the key here), so it goes to the 错题本.
    await page.locator(id(TestId.option('D'))).click();
    await page.locator(id(TestId.submit)).click();
    await expect(page.locator(id(TestId.feedback))).toBeVisible();
    await expect(page.locator(id(TestId.feedback))).toContainText(/导入的题目（来自“(机构练习\.xlsx|粘贴的文字)”）/);
    const stem = (await page.locator(id(TestId.questionStem)).textContent()) ?? '';

    // The 错题本 exported to .xlsx and read back.
    await page.locator(id(TestId.brandHome)).click();
    await page.locator(id(TestId.openMistakes)).click();
    await expect(page.locator(id(TestId.mistakes))).toContainText('导入测试');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出错题本（Excel）' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^错题本-.*\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await file.path())!);
    const row = wb.worksheets[0]!.getRow(2);
    expect(row.getCell(4).value).toBe(stem);
    expect(String(row.getCell(8).value)).toMatch(/^导入：/);

    // The print view of the same list: stem, key and 解析 as text.
    await page.getByRole('button', { name: '打印错题本' }).click();
    await expect(page.locator(id(TestId.printView))).toContainText(stem);
    await expect(page.locator(id(TestId.printView))).toContainText('答案：');
    await page.screenshot({ path: `${shots}/import-print-1024.png`, fullPage: true });

    // 今日学习: an imported bank joins it only when switched on; then both banks are removed, and the 错题本 says its
    // imported item is 已删除 (not 已下架), the answer kept.
    await page.locator(id(TestId.brandHome)).click();
    await page.getByRole('button', { name: '导入题库' }).click();
    const toToday = page.getByLabel('加入今日学习：机构练习.xlsx');
    await expect(toToday).not.toBeChecked();
    await toToday.check();
    await expect(page.locator(id(TestId.importMessage))).toHaveText('“机构练习.xlsx”的题目会出现在今日学习里。');
    await expect(toToday).toBeChecked();
    for (const name of ['机构练习.xlsx', '粘贴的文字']) {
      const line = page.locator(id(TestId.importBanks)).locator('li', { hasText: name });
      await line.getByRole('button', { name: '删除' }).click();
      await line.getByRole('button', { name: '确定删除' }).click();
      await expect(page.locator(id(TestId.importMessage))).toContainText('道导入的题目');
    }
    await expect(page.getByText('还没有导入过题库。')).toBeVisible();
    await page.locator(id(TestId.brandHome)).click();
    await page.locator(id(TestId.openMistakes)).click();
    await expect(page.locator(id(TestId.deletedNote))).toHaveText(
      '另有 1 道导入的题已删除（删除了导入的题库），这里不再显示；你当时的答题记录仍然保留。',
    );
    await expect(page.locator(id(TestId.withdrawnNote))).toHaveCount(0);
  } finally {
    await app.stop();
  }
});

test('导入题库: an item whose chapter fits no syllabus chapter goes to 未分章, is practised, and is 已删除 in the 学习报告 once removed', async ({
  guardedPage: page,
}) => {
  const app = await startApp(freshDataDir(), ['--questions', questionsDirForTesting()]);
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openApp(page, app);
    await onboard(page, 'junior', '李老师');
    await page.getByRole('button', { name: '导入题库' }).click();
    // Test data only: a chapter heading no syllabus chapter matches.
    await page
      .getByLabel('或者把题目文字粘贴在这里')
      .fill('第二十章 机构自编专题\n1．未分章测试：机构自编的练习题（　）。\nA．甲\nB．乙\nC．丙\nD．丁\n【答案】B');
    await page.getByRole('button', { name: '读取粘贴的文字' }).click();
    await expect(page.locator(id(TestId.importSummary))).toHaveText('能导入 1 题；有 0 处不能导入（原因见下表）。');
    await page.locator(id(TestId.importUnmatched)).selectOption({ label: '未分章' });
    await page.screenshot({ path: `${shots}/import-unsorted-1366.png`, fullPage: true });
    await page.getByRole('button', { name: '导入 1 题' }).click();
    await expect(page.locator(id(TestId.importMessage))).toContainText('已导入 1 题');

    // The bank's line says so and practises them; home lists 未分章 under the subject, like any chapter.
    await expect(page.locator(id(TestId.importBanks))).toContainText('其中 1 题在“未分章”');
    await page.getByRole('button', { name: '练习未分章的题' }).click();
    await expect(page.locator(id(TestId.questionStem))).toContainText('未分章测试');
    await page.locator(id(TestId.option('B'))).click();
    await page.locator(id(TestId.submit)).click();
    await expect(page.locator(id(TestId.feedback))).toContainText('导入的题目（来自“粘贴的文字”）');
    await page.locator(id(TestId.brandHome)).click();
    await expect(page.locator(id(TestId.chapter('jc-unsorted')))).toContainText('未分章');
    await page.locator(id(TestId.practiceChapter('jc-unsorted'))).click();
    await expect(page.locator(id(TestId.questionStem))).toContainText('未分章测试');

    // The 学习报告 has a 未分章 row.
    await page.locator(id(TestId.brandHome)).click();
    await page.getByRole('button', { name: '学习报告' }).click();
    await expect(page.locator(id(TestId.reportChapters))).toContainText('未分章');
    await expect(page.locator(id(TestId.reportDeletedImported))).toHaveCount(0);

    // Removed: the answer stays in the log, and the report says so.
    await page.locator(id(TestId.brandHome)).click();
    await page.getByRole('button', { name: '导入题库' }).click();
    const line = page.locator(id(TestId.importBanks)).locator('li', { hasText: '粘贴的文字' });
    await line.getByRole('button', { name: '删除' }).click();
    await line.getByRole('button', { name: '确定删除' }).click();
    await expect(page.getByText('还没有导入过题库。')).toBeVisible();
    await page.locator(id(TestId.brandHome)).click();
    await page.getByRole('button', { name: '学习报告' }).click();
    await expect(page.locator(id(TestId.reportDeletedImported))).toContainText('另有 1 次作答属于已删除的导入题目');
    await expect(page.locator(id(TestId.reportChapters))).not.toContainText('未分章');
    await page.screenshot({ path: `${shots}/import-report-deleted-1366.png`, fullPage: true });
  } finally {
    await app.stop();
  }
});

test('导入题库: a big file shows a progress bar, and 停止读取 imports nothing', async ({ guardedPage: page }) => {
  const app = await startApp(freshDataDir(), ['--questions', questionsDirForTesting()]);
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openApp(page, app);
    await onboard(page, 'junior', '李老师');
    await page.getByRole('button', { name: '导入题库' }).click();
    // Test data only: 40,000 generated items (120,000 lines), seconds of analysis.
    const lines: string[] = [];
    for (let i = 1; i <= 40_000; i++) lines.push(`${i}．大文件测试题第 ${i} 题（　）。`, 'A．甲 B．乙 C．丙 D．丁', '答案：A');
    await page
      .getByLabel('选择文件（Excel 表格、Word 文档或文本文件）')
      .setInputFiles({ name: '大题库.txt', mimeType: 'text/plain', buffer: Buffer.from(lines.join('\n')) });
    const progress = page.locator(id(TestId.bankImportProgress));
    await expect(progress.getByRole('progressbar', { name: '读取进度' })).toBeVisible();
    await page.screenshot({ path: `${shots}/import-progress-1366.png`, fullPage: true });
    await progress.getByRole('button', { name: '停止读取' }).click();
    await expect(page.locator(id(TestId.importMessage))).toHaveText('已取消，没有导入任何题目。');
    await expect(progress).toHaveCount(0);
    await expect(page.locator(id(TestId.importPreview))).toHaveCount(0);

    // The app goes on: pasted text previews as usual (the big file was stopped in its worker thread), and no preview
    // of the big file ever shows.
    await page.getByLabel('或者把题目文字粘贴在这里').fill('1．停止后的测试题（　）。\nA．甲\nB．乙\n答案：B');
    await page.getByRole('button', { name: '读取粘贴的文字' }).click();
    await expect(page.locator(id(TestId.importSummary))).toHaveText('能导入 1 题；有 0 处不能导入（原因见下表）。', {
      timeout: 90_000,
    });
    await expect(page.getByText('还没有导入过题库。')).toBeVisible();
  } finally {
    await app.stop();
  }
});

import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ExportFile } from '@shared/ipc/contract/export';
import { openForTesting } from '../../../test/support/openForTesting';
import { questionsDirForTesting, tempDataDir } from '../../../test/support/questionsDirForTesting';

describe('export:list', () => {
  it('exports the 错题本 to .xlsx and .csv with keys, 解析, source and notes; a formula-like note stays text', async () => {
    const app = await openForTesting({ dataDir: tempDataDir(), questionsDir: questionsDirForTesting(), now: 1_800_000_000_000 });
    // An imported item, answered wrongly, with a note that looks like a formula.
    const text = '第六章 个案社会工作服务方法\n1.导出测试题（　）\nA.甲\nB.乙\nC.丙\nD.丁\n答案：C\n解析：丙是对的。';
    await app.call('import:commit', { subject: 'jc', fileName: '讲义.txt', text, chapters: {}, scope: 'learner' });
    const id = [...(await app.call<{ questions: { id: string }[] }>('practice:start', { subject: 'jc', chapter: 'jc25-06' })).questions]
      .map((q) => q.id)
      .find((x) => x.startsWith('imp-'))!;
    await app.call('practice:answer', { questionId: id, choice: ['A'], responseMs: 3000 });
    await app.call('collections:setNote', { questionId: id, text: '=HYPERLINK("http://x")' });

    const xlsx = await app.call<ExportFile>('export:list', { list: 'mistakes', format: 'xlsx' });
    expect(xlsx.fileName).toMatch(/^错题本-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      '科目',
      '章节',
      '题型',
      '题干',
      '选项',
      '答案',
      '解析',
      '来源',
      '笔记',
      '答错次数',
      '最近答错',
    ]);
    const row = (ws.getRow(2).values as unknown[]).slice(1);
    expect(row.slice(2, 10)).toEqual([
      '单选',
      '导出测试题（　）',
      'A. 甲\nB. 乙\nC. 丙\nD. 丁',
      'C',
      '丙是对的。',
      '导入：讲义.txt',
      '=HYPERLINK("http://x")',
      '1',
    ]);
    expect(ws.getRow(2).getCell(9).type).toBe(ExcelJS.ValueType.String);

    const csv = await app.call<ExportFile>('export:list', { list: 'notes', format: 'csv' });
    const content = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(content.startsWith('\uFEFF科目,章节')).toBe(true);
    const parsed = Papa.parse<string[]>(content.slice(1)).data;
    expect(parsed[1]![8]).toBe('\'=HYPERLINK("http://x")');
    expect((await app.call<ExportFile>('export:list', { list: 'favourites', format: 'csv' })).rows).toBe(0);
    await app.dispose();
  });
});

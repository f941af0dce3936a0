import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBankDir } from '../../electron/main/bank/readBankDir';
import { checkBank } from '../bankCheck/checkBank';
import { formatPreview, importForCli } from './importFile';

const questionsDir = resolve(import.meta.dirname, '..', '..', 'questions');
// Test data only.
const csv = [
  '题干,题型,选项A,选项B,选项C,选项D,正确答案,解析,章节',
  '命令行测试题一：志愿者招募的第一步是（　）。,单选题,明确岗位需求,发放证书,举办表彰,结束服务,A,,志愿服务',
  '命令行测试题二：没有答案（　）。,单选题,甲,乙,丙,丁,,,志愿服务',
  '命令行测试题三：下列属于示例的有（　）。,多选题,子项,丑项,寅项,卯项,AB,,第十章',
].join('\n');

describe('bank:import', () => {
  it('prints the preview and writes a bank that bank:check --centre accepts; a second run adds nothing', async () => {
    const shipped = await readBankDir(questionsDir);
    const run = (existing: { path: string; json: unknown }[], chapter?: string) =>
      importForCli({
        fileName: '机构.csv',
        bytes: new TextEncoder().encode(csv),
        subject: 'jc',
        shipped,
        existing,
        chapter,
        at: 1_800_000_000_000,
      });
    const first = await run([]);
    const text = formatPreview(first);
    expect(text).toContain('能导入 2 题；不能导入 1 处；章节没对上、未导入 1 题。');
    expect(text).toContain('第 3 行\t没有答案');
    expect(text).toContain('第十章\t1\t接近（需确认，用 --chapter 指定）\tjc25-10');
    expect(first.bank?.items).toHaveLength(1);

    const all = await run([], 'jc25-10');
    expect(all.bank?.items.map((i) => i.chapter)).toEqual(['jc25-10', 'jc25-10']);
    const centre = [{ path: '机构题库/导入-机构.json', json: all.bank }];
    const report = checkBank({ ...shipped, bankFiles: [...shipped.bankFiles, ...centre] });
    expect(report.errors).toEqual([]);

    const again = await run(centre, 'jc25-10');
    expect(again.bank).toBeNull();
    expect(again.preview.refused.filter((r) => r.reason.startsWith('和已有题目重复'))).toHaveLength(2);
  });

  it('sends the chapters that need confirming to 未分章 with --chapter jc-unsorted, and bank:check --centre accepts it', async () => {
    const shipped = await readBankDir(questionsDir);
    const r = await importForCli({
      fileName: '机构.csv',
      bytes: new TextEncoder().encode(csv),
      subject: 'jc',
      shipped,
      existing: [],
      chapter: 'jc-unsorted',
      at: 1_800_000_000_000,
    });
    expect(r.bank?.items.map((i) => i.chapter).sort()).toEqual(['jc-unsorted', 'jc25-10'].sort());
    const centre = [{ path: '机构题库/导入-机构.json', json: r.bank }];
    expect(checkBank({ ...shipped, bankFiles: [...shipped.bankFiles, ...centre] }).errors).toEqual([]);
  });

  it('stops with the reader message for a bad file', async () => {
    const shipped = await readBankDir(questionsDir);
    await expect(
      importForCli({ fileName: 'a.xlsx', bytes: new Uint8Array([1, 2]), subject: 'jc', shipped, existing: [], at: 0 }),
    ).rejects.toThrow('Excel 文件打不开');
  });
});

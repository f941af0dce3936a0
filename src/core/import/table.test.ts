import { describe, expect, it } from 'vitest';
import { findHeader, parseTable } from './table';

const ok = (r: ReturnType<typeof parseTable>) => {
  if ('error' in r) throw new Error(r.error);
  return r;
};

describe('parseTable', () => {
  it("reads 考试宝's layout below title rows and merged cells", () => {
    const title = '示例机构题库（测试数据）';
    const rows = [
      [title, title, title, title, title, title, title, title, title, title],
      ['', '', '', '', '', '', '', '', '', ''],
      ['题干', '题型', '选项A', '选项B', '选项C', '选项D', '选项E', '正确答案', '解析', '章节', '难度'],
      ['示例单选题干', '单选题', '甲', '乙', '丙', '丁', '', 'B', '乙是对的。', '个案社会工作服务方法', '易'],
      ['示例多选题干', '多选题', '甲', '乙', '丙', '丁', '戊', 'A,C,E', '', '第七章', '中'],
      ['示例判断题干', '判断题', '', '', '', '', '', '错', '', '', ''],
    ];
    const r = ok(parseTable(rows, 'jc'));
    expect(r.header).toMatchObject({ row: 2, layout: 'kaoshibao' });
    expect(r.refused).toEqual([]);
    expect(r.items.map((i) => [i.type, i.judge, i.answer.join(''), i.options.length, i.typeSource, i.source.line])).toEqual([
      ['single', false, 'B', 4, 'column', 4],
      ['multiple', false, 'ACE', 5, 'column', 5],
      ['single', true, 'B', 2, 'column', 6],
    ]);
    expect(r.items[0]).toMatchObject({ explanation: '乙是对的。', chapterText: '个案社会工作服务方法' });
  });

  it('reads the 题号|题型|题干|A|B|C|D|答案|解析|章节 layout, type from the key count when 题型 is empty', () => {
    const rows = [
      ['题号', '题型', '题干', 'A', 'B', 'C', 'D', '答案', '解析', '章节'],
      ['1', '', '题一', '一', '二', '三', '四', 'C', '', ''],
      ['2', '', '题二', '一', '二', '三', '四', 'AB', '', ''],
    ];
    const r = ok(parseTable(rows, 'jc'));
    expect(r.header.layout).toBe('numbered');
    expect(r.items.map((i) => [i.type, i.typeSource])).toEqual([
      ['single', 'keys'],
      ['multiple', 'keys'],
    ]);
  });

  it('reads options in one cell, on one line or several', () => {
    const rows = [
      ['题目', '选项', '答案'],
      ['题一', 'A. 甲 B. 乙 C. 丙 D. 丁', 'D'],
      ['题二', 'A、甲\nB、乙\nC、丙\nD、丁', 'A'],
      ['题三', '甲 乙 丙 丁', 'A'],
    ];
    const r = ok(parseTable(rows, 'jc'));
    expect(r.header.layout).toBe('optionsInOneCell');
    expect(r.items.map((i) => i.options.map((o) => o.text).join(''))).toEqual(['甲乙丙丁', '甲乙丙丁']);
    expect(r.refused).toEqual([{ source: { kind: 'row', line: 4 }, excerpt: '题三', reason: '选项看不懂（应写成 A. … B. … 这样）' }]);
  });

  it('refuses rows with their reasons and skips blank rows', () => {
    const rows = [
      ['题干', '题型', 'A', 'B', 'C', 'D', 'E', 'F', '答案'],
      ['没有答案', '单选', '一', '二', '三', '四', '', '', ''],
      ['', '', '', '', '', '', '', '', ''],
      ['答案不是选项', '单选', '一', '二', '三', '四', '', '', 'F'],
      ['单选多个答案', '单选', '一', '二', '三', '四', '', '', 'AC'],
      ['六个选项', '多选', '一', '二', '三', '四', '五', '六', 'AC'],
      ['中间缺选项', '单选', '一', '', '三', '四', '', '', 'A'],
      ['填空', '填空题', '', '', '', '', '', '', '示例'],
      ['看不懂答案', '单选', '一', '二', '三', '四', '', '', 'A1'],
    ];
    const r = ok(parseTable(rows, 'jc'));
    expect(r.items).toEqual([]);
    expect(r.refused.map((x) => [x.source.line, x.reason])).toEqual([
      [2, '没有答案'],
      [4, '答案 F 不是选项'],
      [5, '单选题却有 2 个答案（AC）'],
      [6, '有 6 个选项，本软件最多支持 5 个（A–E）'],
      [7, '选项 B 是空的'],
      [8, '不支持的题型“填空题”（只能导入单选、多选和判断题）'],
      [9, '看不懂答案“A1”（应写成 A、ABD 这样的字母，判断题写 对 或 错）'],
    ]);
  });

  it('says so when there is no header, and reads any layout through a column map', () => {
    const rows = [
      ['问', '甲', '乙', '丙', '丁', '对的是'],
      ['题一', '一', '二', '三', '四', 'B'],
    ];
    expect(parseTable(rows, 'jc')).toEqual({ error: expect.stringContaining('找不到表头') });
    const r = ok(parseTable(rows, 'jc', { headerRow: 0, map: { stem: 0, options: [1, 2, 3, 4], answer: 5 } }));
    expect(r.header.layout).toBe('custom');
    expect(r.items[0]).toMatchObject({ stem: '题一', answer: ['B'] });
  });

  it('recognises header cells written with marks and full-width letters', () => {
    expect(findHeader([['*题干', '选项Ａ', '选项Ｂ', '正确答案（必填）']])?.map).toEqual({ stem: 0, answer: 3, options: [1, 2] });
  });
});

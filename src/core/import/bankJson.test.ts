import { describe, expect, it } from 'vitest';
import { caseItemForTesting, multipleItemForTesting, singleItemForTesting } from '../../../test/support/bankFixtures';
import { parseBankJson } from './bankJson';
import { isImportedId } from './ids';

describe('parseBankJson', () => {
  it('reads a bank file of our format through the bank schemas, refusing invalid and case items with reasons', () => {
    const r = parseBankJson(
      {
        bankVersion: 1,
        subject: 'jc',
        items: [
          singleItemForTesting({ id: 'jc25-06-101', stem: '本格式单选题（　）。' }),
          multipleItemForTesting({ id: 'jc25-06-102', stem: '本格式多选题（　）。' }),
          singleItemForTesting({ id: 'jc25-06-103', stem: '解析太短的题（　）。', explanation: '短' }),
          caseItemForTesting({ id: 'jc25-06-c01' }),
          'not an item',
        ],
      },
      'jc',
    );
    if ('error' in r) throw new Error(r.error);
    expect(r.items.map((i) => [i.stem, i.type, i.typeSource, i.chapterText, i.source])).toEqual([
      ['本格式单选题（　）。', 'single', 'column', 'jc25-06', { line: 1, kind: 'item' }],
      ['本格式多选题（　）。', 'multiple', 'column', 'jc25-06', { line: 2, kind: 'item' }],
    ]);
    // Content ids, as every imported item has: never the shipped id (which the bank may hold already).
    expect(r.items.every((i) => isImportedId(i.id))).toBe(true);
    expect(r.refused.map((x) => [x.source.line, x.reason])).toEqual([
      [3, 'explanation：解析过短（至少 40 字）'],
      [4, expect.stringContaining('不支持的题型')],
      [5, expect.any(String)],
    ]);
  });

  it('reads an imported bank file with the imported schema, and refuses a file of another subject or shape', () => {
    const imported = {
      bankVersion: 1,
      subject: 'jc',
      imported: { file: '机构练习.xlsx', at: 1, scope: 'centre' },
      items: [
        {
          id: 'imp-jc-0000000000a0000000000b',
          type: 'single',
          judge: true,
          chapter: 'jc25-07',
          stem: '判断：小组工作有治疗小组。',
          options: [
            { key: 'A', text: '正确' },
            { key: 'B', text: '错误' },
          ],
          answer: ['A'],
          explanation: '',
        },
        { id: 'imp-jc-0000000000a0000000000c', type: 'single', chapter: 'jc25-07', stem: '没有答案', options: [], answer: [] },
      ],
    };
    const r = parseBankJson(imported, 'jc');
    if ('error' in r) throw new Error(r.error);
    expect(r.items).toMatchObject([{ judge: true, answer: ['A'], chapterText: 'jc25-07' }]);
    expect(r.refused).toHaveLength(1);
    expect(parseBankJson(imported, 'mc')).toEqual({ error: expect.stringContaining('另一个科目（jc）') });
    expect(parseBankJson({ items: [] }, 'jc')).toEqual({ error: expect.stringContaining('不是本软件的题库格式') });
    expect(parseBankJson(null, 'jc')).toEqual({ error: expect.stringContaining('不是本软件的题库格式') });
  });
});

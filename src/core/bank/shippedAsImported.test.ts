import { describe, expect, it } from 'vitest';
import { ImportedItem } from '@shared/bank/importedSchema';
import { caseItemForTesting, multipleItemForTesting, singleItemForTesting } from '../../../test/support/bankFixtures';
import { isShippedFormat, shippedAsImported } from './shippedAsImported';
import type { RawFile } from './validateBank';

const blueprint = { kind: 'objective', single: 60, multiple: 20, singlePoints: 1, multiplePoints: 2, total: 100, minutes: 120, pass: 60 };
const subjectsFile: RawFile = {
  path: 'subjects.json',
  json: {
    version: 1,
    subjects: [
      { id: 'jc', level: 'junior', name: '综合能力（初级）', shortName: '综合能力', tagTree: '2025', blueprint },
      {
        id: 'mp',
        level: 'intermediate',
        name: '实务（中级）',
        shortName: '实务',
        tagTree: '2025',
        blueprint: { kind: 'case', analysis: 4, design: 1, caseScore: 20, total: 100, minutes: 150, pass: 60 },
      },
    ],
  },
};
const tree = (subject: string, ids: string[]): RawFile => ({
  path: `syllabus/2025/${subject}.json`,
  json: {
    subject,
    version: '2025',
    status: 'confirmed',
    note: '',
    chapters: ids.map((id, i) => ({ id, no: i + 1, title: `第${i + 1}章`, status: 'confirmed', points: [] })),
  },
});
const treeFiles = [tree('jc', ['jc25-06']), tree('mp', ['mp25-15'])];
const run = (subject: string, items: unknown[]) =>
  shippedAsImported({ subjectsFile, treeFiles, bank: { path: '机构题库/x', json: { bankVersion: 1, subject, items } } });

describe('a shipped-format bank as a class bank', () => {
  it('tells the shipped format from the imported one by the items’ ids', () => {
    expect(isShippedFormat([singleItemForTesting()])).toBe(true);
    expect(isShippedFormat([{ id: 'imp-jc-0123456789abcdefghijkl' }])).toBe(false);
    expect(isShippedFormat([{ id: 'imp-jc-0123456789abcdefghijkl' }, { stem: 'no id' }])).toBe(true);
  });

  it('turns valid objective items into imported items with content ids; problems are the shipped validator’s', () => {
    const r = run('jc', [singleItemForTesting(), multipleItemForTesting(), singleItemForTesting({ id: 'jc25-06-903', difficulty: 9 })]);
    expect(r.subject).toBe('jc');
    expect(r.items).toHaveLength(2);
    expect(r.items.every((i) => ImportedItem.safeParse(i).success && i.id.startsWith('imp-jc-'))).toBe(true);
    expect(r.problems).toEqual([expect.objectContaining({ file: '机构题库/x', itemId: 'jc25-06-903', field: 'difficulty' })]);
  });

  it('makes a case item a problem', () => {
    const r = run('mp', [caseItemForTesting()]);
    expect(r.items).toEqual([]);
    expect(r.problems).toEqual([expect.objectContaining({ itemId: 'mp25-15-c901', field: 'type' })]);
  });
});

import { describe, expect, it } from 'vitest';
import { caseItemForTesting, multipleItemForTesting, singleItemForTesting } from '../../../test/support/bankFixtures';
import { validateBank, type RawFile } from './validateBank';

const subjectsFile: RawFile = {
  path: 'subjects.json',
  json: {
    version: 1,
    subjects: [
      {
        id: 'jc',
        level: 'junior',
        name: '综合能力（初级）',
        shortName: '综合能力',
        tagTree: '2025',
        blueprint: { kind: 'objective', single: 60, multiple: 20, singlePoints: 1, multiplePoints: 2, total: 100, minutes: 120, pass: 60 },
      },
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
const treeFiles = [tree('jc', ['jc25-06', 'jc25-07']), tree('mp', ['mp25-15'])];
const bank = (path: string, subject: string, items: unknown[]): RawFile => ({ path, json: { bankVersion: 1, subject, items } });

function run(bankFiles: RawFile[]) {
  return validateBank({ subjectsFile, treeFiles, bankFiles });
}

describe('validateBank', () => {
  it('loads valid single, multiple and case items', () => {
    const r = run([
      bank('banks/jc/a.json', 'jc', [singleItemForTesting(), multipleItemForTesting()]),
      bank('banks/mp/a.json', 'mp', [caseItemForTesting()]),
    ]);
    expect(r.problems).toEqual([]);
    expect(r.items.map((i) => i.item.id)).toEqual(['jc25-06-901', 'jc25-06-902', 'mp25-15-c901']);
  });

  it('skips a bad item, naming file, item and field, and keeps the rest', () => {
    const r = run([bank('banks/jc/a.json', 'jc', [singleItemForTesting({ answer: ['E'] }), multipleItemForTesting()])]);
    expect(r.items.map((i) => i.item.id)).toEqual(['jc25-06-902']);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ file: 'banks/jc/a.json', itemId: 'jc25-06-901', field: 'answer' });
  });

  it.each([
    ['single with two keys', singleItemForTesting({ answer: ['A', 'B'] }), 'answer'],
    ['multiple with one key', multipleItemForTesting({ answer: ['A'] }), 'answer'],
    ['multiple with all five keys', multipleItemForTesting({ answer: ['A', 'B', 'C', 'D', 'E'] }), 'answer'],
    [
      'options out of order',
      singleItemForTesting({
        options: [
          { key: 'B', text: '1' },
          { key: 'A', text: '2' },
          { key: 'C', text: '3' },
          { key: 'D', text: '4' },
        ],
      }),
      'options',
    ],
    ['answers unsorted', multipleItemForTesting({ answer: ['C', 'A'] }), 'answer'],
    ['missing 解析', singleItemForTesting({ explanation: '' }), 'explanation'],
    ['missing basis', singleItemForTesting({ basis: '  ' }), 'basis'],
    ['missing review', singleItemForTesting({ review: undefined }), 'review'],
    [
      'case points not 20',
      caseItemForTesting({
        questions: [
          { no: 1, prompt: 'x', points: [{ text: 'y', score: 5 }] },
          { no: 2, prompt: 'x', points: [{ text: 'y', score: 5 }] },
        ],
      }),
      'questions',
    ],
  ])('rejects %s', (_name, item, field) => {
    const subject = (item as { type: string }).type === 'case' ? 'mp' : 'jc';
    const r = run([bank('banks/x.json', subject, [item])]);
    expect(r.items).toEqual([]);
    expect(r.problems.map((p) => p.field.split('.')[0])).toContain(field);
  });

  it('rejects duplicate ids across files and unknown chapters', () => {
    const r = run([
      bank('banks/jc/a.json', 'jc', [singleItemForTesting()]),
      bank('banks/jc/b.json', 'jc', [singleItemForTesting(), singleItemForTesting({ id: 'x-1', chapter: 'jc25-99' })]),
    ]);
    expect(r.items).toHaveLength(1);
    expect(r.problems.map((p) => [p.file, p.field])).toEqual([
      ['banks/jc/b.json', 'id'],
      ['banks/jc/b.json', 'chapter'],
    ]);
  });

  it('rejects an item tagged with another subject’s chapter', () => {
    const r = run([bank('banks/mp/a.json', 'mp', [singleItemForTesting()])]);
    expect(r.problems[0]?.field).toBe('chapter');
  });

  it('skips a file that is not JSON or has a broken envelope, with its name', () => {
    const r = run([
      { path: 'banks/broken.json', json: undefined, parseError: 'Unexpected token' },
      { path: 'banks/env.json', json: { bankVersion: 2, subject: 'jc', items: [] } },
      bank('banks/jc/ok.json', 'jc', [singleItemForTesting()]),
    ]);
    expect(r.items).toHaveLength(1);
    expect(r.problems.map((p) => p.file)).toEqual(['banks/broken.json', 'banks/env.json']);
  });

  describe('未分章 (imported banks only)', () => {
    const importedItem = (id: string, chapter: string) => ({
      id,
      type: 'single',
      chapter,
      stem: `导入题 ${id}`,
      options: [
        { key: 'A', text: '甲' },
        { key: 'B', text: '乙' },
      ],
      answer: ['A'],
      explanation: '',
    });
    const importedBank = (items: unknown[]): RawFile => ({
      path: 'learner/imported-banks/a.json',
      json: { bankVersion: 1, subject: 'jc', imported: { file: 'a.csv', at: 0, scope: 'learner' }, items },
    });
    const idA = `imp-jc-${'a'.repeat(22)}`;
    const idB = `imp-jc-${'b'.repeat(22)}`;

    it('accepts an imported item in its own subject’s 未分章, not in another subject’s', () => {
      const r = run([importedBank([importedItem(idA, 'jc-unsorted'), importedItem(idB, 'mp-unsorted')])]);
      expect(r.items.map((i) => [i.item.id, i.item.chapter])).toEqual([[idA, 'jc-unsorted']]);
      expect(r.problems.map((p) => [p.itemId, p.field])).toEqual([[idB, 'chapter']]);
    });

    it('keeps the shipped bank’s strict chapter check: 未分章 is refused there', () => {
      const r = run([bank('banks/jc/a.json', 'jc', [singleItemForTesting({ chapter: 'jc-unsorted' })])]);
      expect(r.items).toEqual([]);
      expect(r.problems.map((p) => p.field)).toEqual(['chapter']);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { multipleItemForTesting } from '../../test/support/bankFixtures';
import type { RawFile } from '@core/bank/validateBank';
import { checkBank } from './checkBank';

const blueprint = { kind: 'objective', single: 60, multiple: 20, singlePoints: 1, multiplePoints: 2, total: 100, minutes: 120, pass: 60 };
const subjectsFile: RawFile = {
  path: 'subjects.json',
  json: {
    version: 1,
    subjects: [
      { id: 'jc', level: 'junior', name: '综合能力（初级）', shortName: '综合能力', tagTree: '2025', blueprint },
      { id: 'mc', level: 'intermediate', name: '综合能力（中级）', shortName: '综合能力', tagTree: '2025', blueprint },
      { id: 'ml', level: 'intermediate', name: '法规与政策（中级）', shortName: '法规与政策', tagTree: '2018', blueprint },
    ],
  },
};
const tree = (subject: string, version: string, id: string): RawFile => ({
  path: `syllabus/${version}/${subject}.json`,
  json: { subject, version, status: 'confirmed', note: '', chapters: [{ id, no: 1, title: '第1章', status: 'confirmed', points: [] }] },
});
const treeFiles = [tree('jc', '2025', 'jc25-10'), tree('mc', '2025', 'mc25-12'), tree('ml', '2018', 'ml18-10')];
const bank = (subject: string, items: unknown[]): RawFile => ({
  path: `banks/${subject}/a.json`,
  json: { bankVersion: 1, subject, items },
});

const stem = '根据《志愿服务条例》，志愿服务组织可以采取的组织形式有（　）。';
const forms = (id: string, chapter: string, order: string[], answer: string[]) =>
  multipleItemForTesting({
    id,
    chapter,
    stem,
    options: order.map((text, i) => ({ key: 'ABCDE'[i], text })),
    answer,
    lawAsOf: '2026-12-31',
  });

describe('checkBank near-duplicates', () => {
  it('is an error within one level and a warning across levels', () => {
    const report = checkBank({
      subjectsFile,
      treeFiles,
      bankFiles: [
        bank('mc', [
          forms('mc25-12-001', 'mc25-12', ['社会团体', '有限责任公司', '社会服务机构', '个体工商户', '基金会'], ['A', 'C', 'E']),
        ]),
        bank('ml', [
          forms('ml18-10-001', 'ml18-10', ['有限责任公司', '社会团体', '个体工商户', '社会服务机构', '基金会'], ['B', 'D', 'E']),
        ]),
        bank('jc', [
          forms('jc25-10-001', 'jc25-10', ['基金会', '社会团体', '个体工商户', '有限责任公司', '社会服务机构'], ['A', 'B', 'E']),
        ]),
      ],
    });
    const dupErrors = report.errors.filter((e) => e.message.includes('近似重复'));
    expect(dupErrors).toHaveLength(1);
    expect(dupErrors[0]).toMatchObject({ file: 'banks/ml/a.json', itemId: 'ml18-10-001', field: 'stem' });
    expect(dupErrors[0]!.message).toContain('mc25-12-001');
    const crossLevel = report.warnings.filter((w) => w.startsWith('跨级别近似题'));
    expect(crossLevel).toHaveLength(2);
    expect(crossLevel.every((w) => w.includes('jc25-10-001'))).toBe(true);
  });
});

describe('checkBank coverage (issue 11)', () => {
  it('reports each chapter’s share of items against its share of the weights, and refuses a chapter not in the tree', () => {
    const two: RawFile = {
      path: 'syllabus/2025/jc.json',
      json: {
        subject: 'jc',
        version: '2025',
        status: 'confirmed',
        note: '',
        chapters: [
          { id: 'jc25-10', no: 10, title: '志愿服务', status: 'confirmed', points: [] },
          { id: 'jc25-11', no: 11, title: '研究', status: 'confirmed', points: [] },
        ],
      },
    };
    const report = checkBank({
      subjectsFile,
      treeFiles: [two],
      weights: { 'jc25-10': 1, 'jc25-11': 3 },
      bankFiles: [
        bank('jc', [
          forms('jc25-10-001', 'jc25-10', ['社会团体', '有限责任公司', '社会服务机构', '个体工商户', '基金会'], ['A', 'C', 'E']),
          forms('jc25-99-001', 'jc25-99', ['甲', '乙', '丙', '丁', '戊'], ['A', 'B']),
        ]),
      ],
    });
    const chapters = report.subjects.find((s) => s.id === 'jc')!.chapters;
    expect(chapters).toMatchObject([
      { id: 'jc25-10', single: 0, multiple: 1, case: 0, share: 1, weightShare: 0.25 },
      { id: 'jc25-11', single: 0, multiple: 0, case: 0, share: 0, weightShare: 0.75 },
    ]);
    expect(report.errors).toContainEqual(expect.objectContaining({ itemId: 'jc25-99-001', field: 'chapter' }));
  });
});

import { describe, expect, it } from 'vitest';
import type { PublicCase, PublicQuestion } from '@shared/ipc/contract';
import { paperSections } from './paperLayout';

const q = (id: string, type: 'single' | 'multiple'): PublicQuestion => ({ id, type, chapter: 'c1', stem: id, options: [] });
const c = (id: string, caseKind: 'analysis' | 'design'): PublicCase => ({
  id,
  chapter: 'c1',
  caseKind,
  title: id,
  material: '',
  maxScore: 20,
  questions: [],
});

describe('the printed paper', () => {
  it('heads 一、单项选择题 and 二、多项选择题 and numbers the items on across sections', () => {
    const sections = paperSections({ kind: 'objective', questions: [q('a', 'single'), q('b', 'single'), q('c', 'multiple')], cases: [] });
    expect(sections.map((s) => s.heading.slice(0, 7))).toEqual(['一、单项选择题', '二、多项选择题']);
    expect(sections[0]!.heading).toContain('共 2 题，每题 1 分');
    expect(sections[1]!.entries.map((e) => [e.no, e.question?.id])).toEqual([[3, 'c']]);
  });

  it('heads a 实务（中级） paper 一、案例分析题 and 二、方案设计题', () => {
    const sections = paperSections({ kind: 'case', questions: [], cases: [c('x', 'analysis'), c('y', 'analysis'), c('z', 'design')] });
    expect(sections.map((s) => s.heading)).toEqual(['一、案例分析题（共 2 题，每题 20 分）', '二、方案设计题（共 1 题，每题 20 分）']);
    expect(sections[1]!.entries[0]).toMatchObject({ no: 3, case: { id: 'z' } });
  });
});

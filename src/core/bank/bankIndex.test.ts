import { describe, expect, it } from 'vitest';
import type { Item, SubjectDef } from '@shared/bank/schema';
import { indexBank } from './bankIndex';

const def = { id: 'jc', tagTree: '2025' } as SubjectDef;
const tree = {
  subject: 'jc' as const,
  version: '2025' as const,
  status: 'confirmed' as const,
  note: '',
  chapters: [{ id: 'jc25-06', no: 6, title: '个案', status: 'confirmed' as const, points: [] }],
};
const item = (id: string, chapter: string) => ({ item: { id, chapter } as Item, subject: 'jc' as const, file: 'f.json' });
const validated = (items: ReturnType<typeof item>[]) => ({
  subjects: [def],
  trees: [tree],
  items,
  byId: new Map(items.map((i) => [i.item.id, i])),
  problems: [],
});

describe('indexBank', () => {
  it('lists 未分章 after the syllabus chapters only while an item is in it', () => {
    const without = indexBank(validated([item('a', 'jc25-06')]));
    expect(without.subject('jc')!.chapters.map((c) => c.id)).toEqual(['jc25-06']);
    expect(without.chapter('jc-unsorted')).toBeUndefined();

    const withIt = indexBank(validated([item('a', 'jc25-06'), item('b', 'jc-unsorted')]));
    expect(withIt.subject('jc')!.chapters.map((c) => [c.id, c.no, c.title])).toEqual([
      ['jc25-06', 6, '个案'],
      ['jc-unsorted', 0, '未分章'],
    ]);
    expect(withIt.chapter('jc-unsorted')?.subject.def.id).toBe('jc');
    expect(withIt.itemsInChapter('jc-unsorted').map((i) => i.id)).toEqual(['b']);
    expect(withIt.item('b')?.chapter).toBe('jc-unsorted');
    expect(withIt.chapterOf('a')).toBe('jc25-06');
    expect(withIt.item('c')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import type { FavouriteEntry } from '@shared/ipc/contract';
import { filterFavourites } from './favouriteFilter';

const entry = (id: string, over: Partial<FavouriteEntry>): FavouriteEntry => ({
  id,
  subject: 'jc',
  chapter: 'jc-01',
  chapterTitle: '第一章',
  type: 'single',
  stem: `题 ${id}`,
  at: 0,
  note: '',
  attempts: 0,
  wrongs: 0,
  lastChoice: [],
  lastCorrect: false,
  options: [],
  answer: ['A'],
  explanation: '',
  basis: '',
  ...over,
});

describe('filterFavourites', () => {
  const list = [
    entry('never', {}),
    entry('wrongThenRight', { attempts: 3, wrongs: 1, lastCorrect: true, lastChoice: ['A'], subject: 'jp', chapter: 'jp-02' }),
    entry('alwaysRight', { attempts: 2, wrongs: 0, lastCorrect: true, lastChoice: ['A'], type: 'multiple', note: '  ' }),
    entry('lastWrong', { attempts: 1, wrongs: 1, lastCorrect: false, lastChoice: ['B'], note: '看教材第 3 页' }),
  ];
  const ids = (f: Parameters<typeof filterFavourites>[1]) => filterFavourites(list, f).map((e) => e.id);

  it('keeps every entry, in order, under an empty filter', () => {
    expect(ids({})).toEqual(['never', 'wrongThenRight', 'alwaysRight', 'lastWrong']);
  });

  it('filters by how the learner fared: 答错过, 上次答对, 未作答过, 有笔记 (a blank note is none)', () => {
    expect(ids({ status: 'wrongBefore' })).toEqual(['wrongThenRight', 'lastWrong']);
    expect(ids({ status: 'lastRight' })).toEqual(['wrongThenRight', 'alwaysRight']);
    expect(ids({ status: 'never' })).toEqual(['never']);
    expect(ids({ status: 'withNote' })).toEqual(['lastWrong']);
  });

  it('filters by 科目, 章节 and 题型, all together', () => {
    expect(ids({ subject: 'jp' })).toEqual(['wrongThenRight']);
    expect(ids({ subject: 'jc', chapter: 'jc-01' })).toEqual(['never', 'alwaysRight', 'lastWrong']);
    expect(ids({ type: 'multiple' })).toEqual(['alwaysRight']);
    expect(ids({ subject: 'jc', type: 'single', status: 'wrongBefore' })).toEqual(['lastWrong']);
    expect(ids({ subject: 'jc', chapter: 'jc-09' })).toEqual([]);
  });
});

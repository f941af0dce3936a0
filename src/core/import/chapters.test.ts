import { describe, expect, it } from 'vitest';
import type { SyllabusChapter } from '@shared/bank/schema';
import { chineseNumber, matchChapter } from './chapters';

const ch = (no: number, title: string): SyllabusChapter => ({
  id: `jc25-${String(no).padStart(2, '0')}`,
  no,
  title,
  status: 'confirmed',
  points: [],
});
const chapters = [ch(6, '个案社会工作服务方法'), ch(7, '小组社会工作服务方法'), ch(10, '志愿服务')];

describe('matchChapter', () => {
  it('matches ids and titles exactly, with or without 第N章', () => {
    expect(matchChapter('jc25-07', chapters)).toMatchObject({ kind: 'exact', chapterId: 'jc25-07' });
    expect(matchChapter('志愿服务', chapters)).toMatchObject({ kind: 'exact', chapterId: 'jc25-10' });
    expect(matchChapter('第六章 个案社会工作服务方法', chapters)).toMatchObject({ kind: 'exact', chapterId: 'jc25-06' });
    expect(matchChapter('第 7 章：小组社会工作服务方法', chapters)).toMatchObject({ kind: 'exact', chapterId: 'jc25-07' });
  });

  it('offers close matches to confirm', () => {
    expect(matchChapter('小组社会工作', chapters)).toMatchObject({ kind: 'close', chapterId: 'jc25-07' });
    expect(matchChapter('个案工作服务方法', chapters)).toMatchObject({ kind: 'close', chapterId: 'jc25-06' });
    expect(matchChapter('第十章', chapters)).toMatchObject({ kind: 'close', chapterId: 'jc25-10' });
  });

  it('matches nothing to nothing', () => {
    expect(matchChapter('', chapters)).toEqual({ kind: 'none', chapterId: null, candidates: [] });
    expect(matchChapter('行政管理', chapters).kind).toBe('none');
  });

  it('reads Chinese numbers', () => {
    expect(['一', '十', '十二', '二十', '二十三', '7', '百'].map(chineseNumber)).toEqual([1, 10, 12, 20, 23, 7, NaN]);
  });
});

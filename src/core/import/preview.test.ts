import { describe, expect, it } from 'vitest';
import type { SyllabusChapter } from '@shared/bank/schema';
import { buildPreview } from './preview';
import { parseText } from './text';

const chapters: SyllabusChapter[] = [{ id: 'jc25-10', no: 10, title: '志愿服务', status: 'confirmed', points: [] }];
const item = (stem: string, chapter = '') => `${chapter ? `第十章 ${chapter}\n` : ''}1.${stem}\nA.一\nB.二\nC.三\nD.四\n答案：A\n`;

describe('buildPreview', () => {
  it('refuses repeats inside the file and items already imported, and groups chapters', () => {
    const parsed = parseText(`${item('题一', '志愿服务')}${item('题二')}${item('题一')}`, 'jc');
    const first = buildPreview(parsed, { existingIds: new Set(), chapters });
    expect(first.items.map((i) => i.stem)).toEqual(['题一', '题二']);
    expect(first.refused.map((r) => r.reason)).toEqual(['和第 1 题（第 2 行）重复']);
    expect(first.chapters).toEqual([{ text: '第十章 志愿服务', count: 2, match: { kind: 'exact', chapterId: 'jc25-10', candidates: [] } }]);
    const again = buildPreview(parsed, { existingIds: new Set(first.items.map((i) => i.id)), chapters });
    expect(again.items).toEqual([]);
    expect(again.refused.filter((r) => r.reason === '和已有题目重复（已经导入过）')).toHaveLength(3);
  });
});

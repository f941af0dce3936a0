import { describe, expect, it } from 'vitest';
import { declaredTypeOf, finishItem, isRefusal } from './finishItem';
import type { RawItem } from './types';

const raw = (over: Partial<RawItem>): RawItem => ({
  source: { kind: 'row', line: 2 },
  stem: '示例题干',
  options: ['一', '二', '三', '四'].map((text, i) => ({ key: 'ABCD'[i]!, text })),
  ...over,
});

describe('finishItem', () => {
  it('reads the declared type', () => {
    expect(['单选题', '单项选择题', '多选', '不定项选择题', '判断题', '选择题', '', '简答题'].map(declaredTypeOf)).toEqual([
      'single',
      'single',
      'multiple',
      'multiple',
      'judge',
      undefined,
      undefined,
      { unsupported: '简答题' },
    ]);
  });

  it('never gives an item a key it did not have', () => {
    for (const keyText of [undefined, '', '  ']) {
      const r = finishItem(raw({ keyText }), 'jc');
      expect(isRefusal(r) && r.reason).toBe('没有答案');
    }
  });

  it('keeps a judgement item with its own two options and maps 对/错 onto them', () => {
    const r = finishItem(
      raw({
        typeText: '判断',
        options: [
          { key: 'A', text: '对' },
          { key: 'B', text: '错' },
        ],
        keyText: '×',
      }),
      'jc',
    );
    expect(!isRefusal(r) && [r.judge, r.answer]).toEqual([true, ['B']]);
  });

  it('refuses a judgement key written as a letter when the item has no options', () => {
    const r = finishItem(raw({ typeText: '判断题', options: [], keyText: 'A' }), 'jc');
    expect(isRefusal(r) && r.reason).toBe('判断题的答案应写 对 或 错（现在是“A”）');
  });

  it('refuses repeated key letters', () => {
    const r = finishItem(raw({ keyText: 'AA' }), 'jc');
    expect(isRefusal(r) && r.reason).toBe('答案“AA”里有重复的字母');
  });
});

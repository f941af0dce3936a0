import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lettersOf } from './keys';
import { parseText } from './text';

// Pieces of the layouts the parser reads, so the fuzz reaches its branches rather than only plain noise.
const piece = fc.constantFrom(
  '1.',
  '2、',
  '（3）',
  'A.',
  'B、',
  'Ｃ．',
  'D)',
  'E.',
  '答案：',
  '【答案】',
  '正确答案：',
  '解析：',
  '【解析】',
  '一、单项选择题',
  '二、多项选择题',
  '三、判断题',
  '参考答案',
  '第六章',
  '（ABD）',
  '(C)',
  '√',
  '×',
  '对',
  'AB',
  'A、B',
  ' ',
  '\n',
  '\r\n',
  '题干',
  '甲',
);
const text = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 6 }), fc.constantFrom('F', 'Z', '1.A 2.B', '。')), { maxLength: 80 })
  .map((p) => p.join(''));

describe('parseText fuzz', () => {
  it('never throws, never invents a key, and every item has its keys among its options', () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = parseText(t, 'jc');
        for (const item of r.items) {
          const keys = item.options.map((o) => o.key);
          expect(item.answer.length).toBeGreaterThan(0);
          for (const k of item.answer) expect(keys).toContain(k);
          if (item.type === 'single') expect(item.answer).toHaveLength(1);
          else expect(item.answer.length).toBeGreaterThanOrEqual(2);
          // The key came from the text: a judgement word, or letters the text contains.
          const letters = item.judge ? [] : item.answer;
          const half = t.normalize('NFKC').toUpperCase();
          for (const l of letters) expect(half).toContain(l);
          expect(lettersOf(item.answer.join(''))).toEqual(item.answer);
        }
        expect(r.items.length + r.refused.length).toBeLessThanOrEqual(t.length);
      }),
      { numRuns: 3000, seed: 16 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { customPaperProblem } from './customPaper';

const available = { single: 12, multiple: 4 };

describe('custom paper form', () => {
  it('accepts a paper within what the bank has', () => {
    expect(customPaperProblem({ single: 10, multiple: 4 }, 20, available)).toBeNull();
    expect(customPaperProblem({ single: 0, multiple: 1 }, 1, available)).toBeNull();
  });
  it.each([
    ['an emptied count field (null)', { single: null, multiple: 2 }, 20, /单选题.*0 或正整数/],
    ['a fraction', { single: 2.5, multiple: 0 }, 20, /单选题.*0 或正整数/],
    ['a negative count', { single: 2, multiple: -1 }, 20, /多选题.*0 或正整数/],
    ['more than the bank has', { single: 13, multiple: 0 }, 20, /单选题.*最多只能选 12 道/],
    ['no items at all', { single: 0, multiple: 0 }, 20, /至少要有 1 道题/],
    ['an emptied minutes field', { single: 2, multiple: 0 }, null, /1 到 300/],
    ['0 minutes', { single: 2, multiple: 0 }, 0, /1 到 300/],
    ['too many minutes', { single: 2, multiple: 0 }, 301, /1 到 300/],
    ['fractional minutes', { single: 2, multiple: 0 }, 12.5, /1 到 300/],
  ])('refuses %s with a message saying what to change', (_name, counts, minutes, message) => {
    expect(customPaperProblem(counts, minutes, available)).toMatch(message);
  });
});

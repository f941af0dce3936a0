import { describe, expect, it } from 'vitest';
import { findNearDuplicates, jaccard, bigrams } from './nearDuplicates';

describe('near-duplicate stems', () => {
  it('flags a stem with a few words swapped and ignores punctuation', () => {
    const found = findNearDuplicates([
      { id: 'a', text: '社会工作者小王在与服务对象面谈时，运用了同理心技巧，这属于（　）。' },
      { id: 'b', text: '社会工作者小李在与服务对象面谈时运用了同理心技巧，这属于（ ）。' },
      { id: 'c', text: '根据《民法典》的规定，夫妻双方自愿离婚的，应当签订书面离婚协议（　）。' },
    ]);
    expect(found.map((d) => [d.a, d.b])).toEqual([['a', 'b']]);
  });

  it('computes Jaccard on bigrams', () => {
    expect(jaccard(bigrams('甲乙丙'), bigrams('甲乙丙'))).toBe(1);
    expect(jaccard(bigrams('甲乙'), bigrams('丙丁'))).toBe(0);
  });
});

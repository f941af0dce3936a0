import { describe, expect, it } from 'vitest';
import { CARD_PAGE, pageCount, pageItems, pageOf } from './cardPages';

describe('答题卡 pages', () => {
  it('puts each item on the page that holds it', () => {
    expect(pageOf(0)).toBe(0);
    expect(pageOf(CARD_PAGE - 1)).toBe(0);
    expect(pageOf(CARD_PAGE)).toBe(1);
    expect(pageOf(1438)).toBe(28);
  });

  it('counts pages and lists a page’s items, the last one short', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(CARD_PAGE)).toBe(1);
    expect(pageCount(CARD_PAGE + 1)).toBe(2);
    expect(pageCount(1439)).toBe(29);
    const last = pageItems(28, 1439);
    expect([last.first, last.last, last.indexes.length]).toEqual([1400, 1438, 39]);
    expect(pageItems(0, 3).indexes).toEqual([0, 1, 2]);
  });

  it('clamps a page outside the set to its first or last page', () => {
    expect(pageItems(-1, 120).first).toBe(0);
    expect(pageItems(9, 120)).toMatchObject({ first: 100, last: 119 });
  });
});

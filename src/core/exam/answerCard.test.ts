import { describe, expect, it } from 'vitest';
import { answerCard, cardGrid, transferReminder } from './answerCard';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('answer card layout', () => {
  it('numbers along the rows for 综合能力: 1 2 3 / 4 5 6', () => {
    expect(cardGrid(range(1, 7), 'rows', 3)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7, null, null],
    ]);
  });

  it('numbers down the columns for 法规与政策: the first column holds 1…⌈n/cols⌉', () => {
    expect(cardGrid(range(1, 7), 'columns', 3)).toEqual([
      [1, 4, 7],
      [2, 5, null],
      [3, 6, null],
    ]);
    const sixty = cardGrid(range(1, 60), 'columns', 3);
    expect(sixty).toHaveLength(20);
    expect(sixty.map((r) => r[0])).toEqual(range(1, 20));
    expect(sixty[0]).toEqual([1, 21, 41]);
  });

  it('drops trailing columns a column layout leaves empty', () => {
    expect(cardGrid(range(1, 4), 'columns', 3)).toEqual([
      [1, 3],
      [2, 4],
    ]);
    expect(cardGrid([], 'rows', 3)).toEqual([]);
  });

  it('splits the official paper into 单选 1–60 and 多选 61–80, numbered on from one section to the next', () => {
    const types = [...Array<'single'>(60).fill('single'), ...Array<'multiple'>(20).fill('multiple')];
    const card = answerCard(types, 'columns', 2);
    expect(card.map((s) => [s.type, s.numbers[0], s.numbers.at(-1)])).toEqual([
      ['single', 1, 60],
      ['multiple', 61, 80],
    ]);
    expect(card[1]!.rows[0]).toEqual([61, 71]);
    expect(answerCard(types, 'rows', 2)[1]!.rows[0]).toEqual([61, 62]);
    // Every number is on the card once.
    expect(card.flatMap((s) => s.rows.flat()).filter((n) => n !== null)).toHaveLength(80);
  });
});

describe('transfer reminder', () => {
  it('is due at 15 minutes left, then at 5, and not before or after time is up', () => {
    expect(transferReminder(15 * 60_000 + 1)).toBeNull();
    expect(transferReminder(15 * 60_000)).toBe(15);
    expect(transferReminder(6 * 60_000)).toBe(15);
    expect(transferReminder(5 * 60_000)).toBe(5);
    expect(transferReminder(1000)).toBe(5);
    expect(transferReminder(0)).toBeNull();
  });
});

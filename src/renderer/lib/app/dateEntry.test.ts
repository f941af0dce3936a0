import { describe, expect, it } from 'vitest';
import { DateEntry } from './dateEntry.svelte';

const entry = (y: string, m: string, d: string) => {
  const e = new DateEntry();
  e.year = y;
  e.month = m;
  e.day = d;
  return e;
};

describe('DateEntry (年 / 月 / 日)', () => {
  it('reads a valid date as ISO and an empty one as no date', () => {
    expect(entry('2027', '5', '22').value).toBe('2027-05-22');
    expect(entry('2027', '05', '02').error).toBeNull();
    expect(new DateEntry().value).toBeNull();
    expect(new DateEntry().error).toBeNull();
    expect(new DateEntry('2027-11-08')).toMatchObject({ year: '2027', month: '11', day: '8', value: '2027-11-08' });
  });

  it('refuses a bad date with a message and no value', () => {
    expect(entry('70502', '2', '2')).toMatchObject({ value: null, error: '年份要写 4 位数字，例如 2027。' });
    expect(entry('2027', '13', '1').error).toBe('月份要在 1 到 12 之间。');
    expect(entry('2027', '2', '29').error).toBe('2027 年 2 月没有 29 日，请检查日期。');
    expect(entry('2028', '2', '29').value).toBe('2028-02-29');
    expect(entry('2027', '', '1')).toMatchObject({ value: null, error: '请把年、月、日都填上；不想填就都空着。' });
    expect(entry('2027', '1', 'x').value).toBeNull();
  });
});

/** Text for the 年 / 月 / 日 date entry. */
export const DATE_MESSAGES = {
  year: '年',
  month: '月',
  day: '日',
  partial: '请把年、月、日都填上；不想填就都空着。',
  badYear: '年份要写 4 位数字，例如 2027。',
  badMonth: '月份要在 1 到 12 之间。',
  badDay: (y: number, m: number, d: number) => `${y} 年 ${m} 月没有 ${d} 日，请检查日期。`,
} as const;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date typed as 年 / 月 / 日 in that order whatever the system's language. `value` is the ISO date (YYYY-MM-DD), or
 * null when all three are empty or the date is not valid; `error` says what is wrong, for the message by the field.
 */
export class DateEntry {
  year = $state('');
  month = $state('');
  day = $state('');

  constructor(initial: string | null = null) {
    this.set(initial);
  }

  set(iso: string | null): void {
    const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
    this.year = m ? m[1]! : '';
    this.month = m ? String(Number(m[2])) : '';
    this.day = m ? String(Number(m[3])) : '';
  }

  get empty(): boolean {
    return !this.year.trim() && !this.month.trim() && !this.day.trim();
  }

  get error(): string | null {
    if (this.empty) return null;
    const [ys, ms, ds] = [this.year.trim(), this.month.trim(), this.day.trim()];
    if (!ys || !ms || !ds) return DATE_MESSAGES.partial;
    if (!/^\d{4}$/.test(ys) || Number(ys) < 2000 || Number(ys) > 2100) return DATE_MESSAGES.badYear;
    if (!/^\d{1,2}$/.test(ms) || Number(ms) < 1 || Number(ms) > 12) return DATE_MESSAGES.badMonth;
    const [y, m, d] = [Number(ys), Number(ms), Number(ds)];
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const last = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
    if (!/^\d{1,2}$/.test(ds) || d < 1 || d > last) return DATE_MESSAGES.badDay(y, m, d);
    return null;
  }

  get value(): string | null {
    if (this.empty || this.error) return null;
    return `${this.year.trim()}-${pad(Number(this.month))}-${pad(Number(this.day))}`;
  }
}

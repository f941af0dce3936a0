import type { Report, SubjectStanding } from '@shared/ipc/contract';

export type Verdict = 'ahead' | 'close' | 'behind';

/** Points within which a prediction counts as "close" to the pass line. */
export const CLOSE_POINTS = 5;

/** Where a subject's predicted score sits against its pass line; null without a prediction. */
export function verdictOf(s: SubjectStanding): { verdict: Verdict; gap: number } | null {
  if (s.predicted === null) return null;
  const gap = s.predicted - s.passScore;
  return { verdict: gap >= CLOSE_POINTS ? 'ahead' : gap > -CLOSE_POINTS ? 'close' : 'behind', gap };
}

export interface CalendarCell {
  date: string;
  answers: number;
  minutes: number;
  /** 0 (none) … 4 (most). */
  level: number;
}

/** Heat level of a day by the number of answers. */
export function heatLevel(answers: number): number {
  return answers <= 0 ? 0 : answers < 10 ? 1 : answers < 30 ? 2 : answers < 60 ? 3 : 4;
}

/** Weekday of a YYYY-MM-DD date, Monday = 0 … Sunday = 6. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/**
 * The calendar as weeks (columns) of seven days (Monday first); days before the first date and after the last are
 * null, so every week is a full column.
 */
export function calendarWeeks(days: Report['calendar']['days']): (CalendarCell | null)[][] {
  if (days.length === 0) return [];
  const cells: (CalendarCell | null)[] = Array.from({ length: weekdayOf(days[0]!.date) }, () => null);
  for (const d of days) cells.push({ ...d, level: heatLevel(d.answers) });
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (CalendarCell | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The last seven days (today last) and their minutes. */
export function lastWeek(days: Report['calendar']['days']): { days: { date: string; minutes: number }[]; minutes: number } {
  const week = days.slice(-7).map((d) => ({ date: d.date, minutes: d.minutes }));
  return { days: week, minutes: week.reduce((s, d) => s + d.minutes, 0) };
}

/** A mock's score on a 100-point scale, so custom papers sit with full ones. */
export function percentOf(score: number, total: number): number {
  return total > 0 ? Math.round((1000 * score) / total) / 10 : 0;
}

/** The mock trend of one subject on a 100-point scale, with its pass line as a percentage of the full paper. */
export function mockTrend(mock: Report['mocks'][number], subjectTotal: number): { scores: number[]; pass: number } {
  return {
    scores: mock.points.map((p) => percentOf(p.score, p.total)),
    pass: percentOf(mock.passScore, subjectTotal),
  };
}

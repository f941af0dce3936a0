import { describe, expect, it } from 'vitest';
import type { Report, SubjectStanding } from '@shared/ipc/contract';
import { trendConfig } from './chartConfigs';
import { calendarWeeks, heatLevel, lastWeek, mockTrend, verdictOf, weekdayOf } from './reportView';

const subject = (predicted: number | null): SubjectStanding => ({
  id: 'jc',
  name: '社会工作综合能力（初级）',
  kind: 'objective',
  itemsDone: 10,
  itemsTotal: 100,
  accuracy30: 0.5,
  accuracyAll: 0.5,
  predicted,
  total: 100,
  passScore: 60,
  pass: { passedYear: null, validThrough: null, countsForExam: false, lapsesBeforeExam: false },
  lastMock: null,
});

const mock = (scores: number[]): Report['mocks'][number] => ({
  subject: 'jc',
  subjectName: '综合能力',
  passScore: 60,
  points: scores.map((score, i) => ({ at: Date.UTC(2026, 9, 1 + i), score, total: 100 })),
  chapters: [],
});

describe('report view', () => {
  it('places the predicted score against the pass line', () => {
    expect(verdictOf(subject(null))).toBeNull();
    expect(verdictOf(subject(72))).toEqual({ verdict: 'ahead', gap: 12 });
    expect(verdictOf(subject(58))).toEqual({ verdict: 'close', gap: -2 });
    expect(verdictOf(subject(40))).toEqual({ verdict: 'behind', gap: -20 });
  });

  it('lays the calendar out in Monday-first weeks, padded to whole columns', () => {
    expect(weekdayOf('2026-11-30')).toBe(0); // a Monday
    expect(weekdayOf('2026-11-29')).toBe(6); // a Sunday
    const days = ['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30'].map((date, i) => ({
      date,
      answers: i * 20,
      minutes: i,
    }));
    const weeks = calendarWeeks(days);
    expect(weeks).toHaveLength(2);
    expect(weeks[0]!.slice(0, 2)).toEqual([null, null]); // Mon, Tue before the 25th (a Wednesday)
    expect(weeks[0]![2]).toMatchObject({ date: '2026-11-25', level: 0 });
    expect(weeks[1]![0]).toMatchObject({ date: '2026-11-30', level: 4 });
    expect(weeks[1]!.slice(1).every((c) => c === null)).toBe(true);
    expect(calendarWeeks([])).toEqual([]);
  });

  it('grades heat by answers and sums the last seven days', () => {
    expect([0, 1, 9, 10, 30, 60].map(heatLevel)).toEqual([0, 1, 1, 2, 3, 4]);
    const days = Array.from({ length: 10 }, (_, i) => ({ date: `2026-11-${String(i + 1).padStart(2, '0')}`, answers: 1, minutes: i }));
    const week = lastWeek(days);
    expect(week.days.map((d) => d.date)).toEqual(days.slice(3).map((d) => d.date));
    expect(week.minutes).toBe(3 + 4 + 5 + 6 + 7 + 8 + 9);
  });

  it('puts mock scores on a 100-point scale and draws the pass line across even one exam', () => {
    expect(mockTrend({ ...mock([]), points: [{ at: 0, score: 30, total: 50 }] }, 100)).toEqual({ scores: [60], pass: 60 });
    const one = trendConfig(mock([72]), 100);
    const [scores, pass] = one.data.datasets;
    expect(scores!.data).toEqual([{ x: 0, y: 72 }]);
    // Two points spanning the whole x range: a visible line, not a lone dot.
    expect(pass!.data).toEqual([
      { x: -0.5, y: 60 },
      { x: 0.5, y: 60 },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { DAY, localDay } from '../srs/calendar';
import { accuracyBy, share } from './accuracy';
import { mockTrends } from './mockSummary';
import { studyCalendar } from './studyCalendar';

const china = localDay(480);
// 2026-12-02 21:00 in China.
const NOW = Date.UTC(2026, 11, 2, 13);

describe('studyCalendar', () => {
  it('counts answers and minutes per local day, oldest first, and the streak ending today', () => {
    const at = (daysAgo: number, hour = 20) => Date.UTC(2026, 11, 2 - daysAgo, hour - 8);
    const answers = [
      { at: at(0), responseMs: 60_000 },
      { at: at(0, 23), responseMs: 30_000 },
      { at: at(1), responseMs: 90_000 },
      { at: at(2, 1), responseMs: 1000 }, // 01:00 local: still that day
      { at: at(5), responseMs: 1000 },
      { at: at(400), responseMs: 1000 }, // outside the window
    ];
    const cal = studyCalendar(answers, china, NOW, 7);
    expect(cal.days.map((d) => d.date)).toEqual([
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
    ]);
    expect(cal.days.map((d) => d.answers)).toEqual([0, 1, 0, 0, 1, 1, 2]);
    expect(cal.days[6]!.minutes).toBe(2);
    expect(cal.streak).toBe(3);
    expect(cal.activeDays).toBe(4);
  });

  it('keeps the streak alive through today while today has no answer yet, and breaks it after a missed day', () => {
    expect(studyCalendar([{ at: NOW - DAY, responseMs: 0 }], china, NOW, 30).streak).toBe(1);
    expect(studyCalendar([{ at: NOW - 2 * DAY, responseMs: 0 }], china, NOW, 30).streak).toBe(0);
    expect(studyCalendar([], china, NOW, 30)).toMatchObject({ streak: 0, activeDays: 0 });
  });
});

describe('accuracyBy', () => {
  it('groups answers since a time and gives the share right', () => {
    const m = accuracyBy(
      [
        { questionId: 'a1', at: 10, correct: true },
        { questionId: 'a2', at: 20, correct: false },
        { questionId: 'b1', at: 5, correct: true },
        { questionId: 'zz', at: 30, correct: true },
      ],
      (id) => (id.startsWith('a') ? 'A' : id.startsWith('b') ? 'B' : undefined),
      8,
    );
    expect(share(m.get('A'))).toBe(0.5);
    expect(share(m.get('B'))).toBeNull();
  });
});

describe('mockTrends', () => {
  it('orders each subject’s marked mocks in time and sums chapters across them, weakest first', () => {
    const ch = (id: string, items: number, correct: number) => ({ id, title: id, items, correct });
    const t = mockTrends([
      { subject: 'jc', at: 20, score: 70, total: 100, passScore: 60, pendingMarks: 0, chapters: [ch('c1', 10, 9), ch('c2', 10, 4)] },
      { subject: 'jc', at: 10, score: 50, total: 100, passScore: 60, pendingMarks: 0, chapters: [ch('c1', 10, 5), ch('c2', 10, 6)] },
      { subject: 'mp', at: 15, score: 0, total: 120, passScore: 72, pendingMarks: 2, chapters: [] },
    ]);
    expect(t).toHaveLength(1);
    expect(t[0]!.points).toEqual([
      { at: 10, score: 50, total: 100 },
      { at: 20, score: 70, total: 100 },
    ]);
    expect(t[0]!.chapters.map((c) => [c.id, c.accuracy])).toEqual([
      ['c2', 0.5],
      ['c1', 0.7],
    ]);
  });
});

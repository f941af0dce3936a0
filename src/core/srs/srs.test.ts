import { describe, expect, it } from 'vitest';
import { DAY, daysUntilDate, localDay } from './calendar';
import type { CardState } from './cardState';
import { deriveGrade, MIN_TIMES_FOR_MEDIAN } from './grade';
import { buildTodayQueue, forecast } from './queue';
import { dailyNewQuota, DEFAULT_NEW_PER_DAY, REVIEW_ONLY_DAYS } from './quota';
import { createScheduler } from './scheduler';

const china = localDay(480);
// 2026-11-28 20:00 in China (12:00 UTC).
const NOW = Date.UTC(2026, 10, 28, 12);
const scheduler = createScheduler({ retention: 0.9, weights: null });

describe('grade mapping (derived, never asked)', () => {
  const times = Array.from({ length: MIN_TIMES_FOR_MEDIAN }, () => 10_000);
  it.each([
    ['wrong', { correct: false, guessed: false, responseMs: 5000, typeTimes: times }, 'again'],
    ['wrong and guessed', { correct: false, guessed: true, responseMs: 5000, typeTimes: times }, 'again'],
    ['right but guessed', { correct: true, guessed: true, responseMs: 5000, typeTimes: times }, 'again'],
    ['right but slow (over twice the median)', { correct: true, guessed: false, responseMs: 20_001, typeTimes: times }, 'hard'],
    ['right at exactly twice the median', { correct: true, guessed: false, responseMs: 20_000, typeTimes: times }, 'good'],
    ['right', { correct: true, guessed: false, responseMs: 9000, typeTimes: times }, 'good'],
    [
      'right and slow, but too few answers to know the pace',
      { correct: true, guessed: false, responseMs: 99_000, typeTimes: times.slice(1) },
      'good',
    ],
  ] as const)('%s → %s', (_name, answer, grade) => {
    expect(deriveGrade(answer)).toBe(grade);
  });
});

describe('scheduler', () => {
  it('schedules on later days only, and deterministically (seeded fuzz)', () => {
    const good = scheduler.review(null, 'good', NOW);
    const again = scheduler.review(null, 'again', NOW);
    expect(good.phase).toBe('review');
    expect(good.due).toBeGreaterThanOrEqual(NOW + DAY);
    expect(again.due).toBeGreaterThanOrEqual(NOW + DAY - 1);
    expect(good.due).toBeGreaterThan(again.due);
    expect(scheduler.review(null, 'good', NOW)).toEqual(good);
    const next = scheduler.review(good, 'good', good.due);
    expect(next.due - good.due).toBeGreaterThan(good.due - NOW);
  });

  it('predicts lower recall for overdue cards', () => {
    const c = scheduler.review(null, 'good', NOW);
    expect(scheduler.retrievability(c, c.due + 30 * DAY)).toBeLessThan(scheduler.retrievability(c, c.due));
  });
});

describe('today’s queue', () => {
  const items = [
    { id: 'a1', chapter: 'A' },
    { id: 'a2', chapter: 'A' },
    { id: 'a3', chapter: 'A' },
    { id: 'b1', chapter: 'B' },
    { id: 'b2', chapter: 'B' },
    { id: 'c1', chapter: 'C' },
  ];
  const start = china.startOf(NOW);
  const reviewed = (at: number, grade: 'again' | 'good' = 'good'): CardState => scheduler.review(null, grade, at);

  it('puts due reviews first, lowest predicted recall first, and leaves not-yet-due cards out', () => {
    const cards = new Map<string, CardState>([
      ['a1', { ...reviewed(NOW - 40 * DAY), due: NOW - 30 * DAY }], // long overdue
      ['b1', { ...reviewed(NOW - 5 * DAY), due: start + 3600_000 }], // due today
      ['c1', { ...reviewed(NOW), due: NOW + 5 * DAY }], // not due
    ]);
    const q = buildTodayQueue({ items, cardOf: (id) => cards.get(id), now: NOW, endOfToday: start + DAY - 1, newLeftToday: 0, scheduler });
    expect(q.reviews).toEqual(['a1', 'b1']);
    expect(q.fresh).toEqual([]);
  });

  it('adds new items up to the quota, round-robin across chapters', () => {
    const q = buildTodayQueue({ items, cardOf: () => null, now: NOW, endOfToday: start + DAY - 1, newLeftToday: 4, scheduler });
    expect(q.fresh).toEqual(['a1', 'b1', 'c1', 'a2']);
    const all = buildTodayQueue({ items, cardOf: () => null, now: NOW, endOfToday: start + DAY - 1, newLeftToday: 99, scheduler });
    expect(all.fresh).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3']);
  });

  it('forecasts reviews per day, counting overdue cards today', () => {
    const cards = [
      { ...reviewed(NOW), due: start - 2 * DAY },
      { ...reviewed(NOW), due: start + 10 },
      { ...reviewed(NOW), due: start + DAY + 10 },
      { ...reviewed(NOW), due: start + 40 * DAY },
    ];
    expect(forecast(cards, start, 3)).toEqual([2, 1, 0]);
  });
});

describe('daily new-item quota from the exam date', () => {
  const base = { now: NOW, day: china, override: null };
  it('introduces everything before the last two weeks', () => {
    // Exam 2027-05-22: 175 days away; 161 days for new items.
    expect(daysUntilDate(china, NOW, '2027-05-22')).toBe(175);
    const q = dailyNewQuota({ ...base, unintroduced: 900, examDate: '2027-05-22' });
    expect(q).toEqual({ perDay: Math.ceil(900 / (175 - REVIEW_ONLY_DAYS)), reason: 'exam-date', daysForNew: 161 });
    expect(q.perDay * q.daysForNew!).toBeGreaterThanOrEqual(900);
  });
  it('plans no new items within the last two weeks, and none when everything is introduced', () => {
    expect(dailyNewQuota({ ...base, unintroduced: 50, examDate: '2026-12-10' }).perDay).toBe(0);
    expect(dailyNewQuota({ ...base, unintroduced: 0, examDate: '2027-05-22' }).reason).toBe('all-introduced');
  });
  it('uses a default without an exam date, and the learner’s override always', () => {
    expect(dailyNewQuota({ ...base, unintroduced: 50, examDate: null }).perDay).toBe(DEFAULT_NEW_PER_DAY);
    expect(dailyNewQuota({ ...base, unintroduced: 50, examDate: '2027-05-22', override: 7 })).toEqual({
      perDay: 7,
      reason: 'override',
      daysForNew: null,
    });
  });
  it('after the exam date has passed, plans as without a date (exam day itself is still the review period)', () => {
    expect(dailyNewQuota({ ...base, unintroduced: 50, examDate: '2026-11-27' })).toEqual({
      perDay: DEFAULT_NEW_PER_DAY,
      reason: 'exam-passed',
      daysForNew: null,
    });
    expect(dailyNewQuota({ ...base, unintroduced: 50, examDate: '2026-11-28' }).reason).toBe('review-period');
  });
});

describe('local days', () => {
  it('start at local midnight in the learner’s zone', () => {
    expect(china.key(Date.UTC(2026, 10, 28, 15, 59))).toBe('2026-11-28');
    expect(china.key(Date.UTC(2026, 10, 28, 16, 0))).toBe('2026-11-29');
    expect(localDay(-300).key(Date.UTC(2026, 10, 29, 3))).toBe('2026-11-28');
  });
  it('give the local time of day (backup ids and labels use it)', () => {
    expect(china.clock(Date.UTC(2026, 10, 28, 15, 59, 7))).toEqual({ h: 23, m: 59, s: 7 });
    expect(china.clock(Date.UTC(2026, 10, 28, 16, 0, 0))).toEqual({ h: 0, m: 0, s: 0 });
    expect(localDay(-300).clock(Date.UTC(2026, 10, 29, 3, 30))).toEqual({ h: 22, m: 30, s: 0 });
    expect(localDay(0).clock(-1000)).toEqual({ h: 23, m: 59, s: 59 });
  });
});

describe('evaluating parameters on the learner’s past', () => {
  it('reports the share of reviews actually recalled next to the mean predicted recall', async () => {
    const { evaluateParams } = await import('./evaluate');
    const T = Date.UTC(2026, 0, 1, 12);
    const h1 = [
      { at: T, grade: 'good' as const },
      { at: T + 3 * DAY, grade: 'good' as const },
      { at: T + 12 * DAY, grade: 'again' as const },
    ];
    const h2 = [
      { at: T, grade: 'good' as const },
      { at: T + 4 * DAY, grade: 'good' as const },
    ];
    const r = evaluateParams([h1, h2], { retention: 0.9, weights: null });
    expect(r.actual).toBeCloseTo(2 / 3, 10);
    expect(r.retention).toBeGreaterThan(0.5);
    expect(r.retention).toBeLessThan(1);
    expect(r.logLoss).toBeGreaterThan(0);
    expect(evaluateParams([], { retention: 0.9, weights: null })).toEqual({ logLoss: 0, retention: 0, actual: 0 });
  });
});

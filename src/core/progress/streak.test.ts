import { describe, expect, it } from 'vitest';
import { streakDays, streakOfRun } from './streak';

describe('streakDays', () => {
  it('counts days in a row ending today', () => {
    expect(streakDays(['2026-03-01', '2026-02-28', '2026-02-27', '2026-02-25'], '2026-03-01')).toBe(3);
  });
  it('a streak that ended yesterday still counts (today is not over)', () => {
    expect(streakDays(['2026-01-01', '2025-12-31'], '2026-01-02')).toBe(2);
  });
  it('is zero after a missed day, and ignores duplicates and future days from a clock that ran ahead', () => {
    expect(streakDays(['2026-01-01'], '2026-01-03')).toBe(0);
    expect(streakDays(['2026-01-03', '2026-01-03', '2030-05-05'], '2026-01-03')).toBe(1);
    expect(streakDays([], '2026-01-03')).toBe(0);
  });
});

describe('streakOfRun', () => {
  it('agrees with streakDays on the latest run', () => {
    const days = ['2026-02-26', '2026-02-27', '2026-02-28', '2026-03-01'];
    for (const today of ['2026-03-01', '2026-03-02', '2026-03-03'])
      expect(streakOfRun('2026-02-26', '2026-03-01', today)).toBe(streakDays(days, today));
    expect(streakOfRun(null, null, '2026-03-01')).toBe(0);
  });
});

import { daysUntilDate, type LocalDay } from './calendar';

/** The last days before the exam are kept for review and mock exams. */
export const REVIEW_ONLY_DAYS = 14;
/** New items a day when no exam date is set. */
export const DEFAULT_NEW_PER_DAY = 20;

export type QuotaReason = 'override' | 'exam-date' | 'no-exam-date' | 'exam-passed' | 'review-period' | 'all-introduced';

export interface Quota {
  perDay: number;
  reason: QuotaReason;
  /** Days left for introducing new items (exam-date plans only). */
  daysForNew: number | null;
}

/**
 * New items per day so every not-yet-introduced item is introduced before the last two weeks, which stay free for
 * review and mock exams. The learner's override wins. Within the last two weeks no new items are planned.
 */
export function dailyNewQuota(a: {
  unintroduced: number;
  now: number;
  day: LocalDay;
  examDate: string | null;
  override: number | null;
}): Quota {
  if (a.override !== null) return { perDay: a.override, reason: 'override', daysForNew: null };
  if (a.unintroduced === 0) return { perDay: 0, reason: 'all-introduced', daysForNew: null };
  if (!a.examDate) return { perDay: DEFAULT_NEW_PER_DAY, reason: 'no-exam-date', daysForNew: null };
  const daysLeft = daysUntilDate(a.day, a.now, a.examDate);
  // The exam date is behind us (studying for the next sitting): plan as without a date until a new one is set.
  if (daysLeft < 0) return { perDay: DEFAULT_NEW_PER_DAY, reason: 'exam-passed', daysForNew: null };
  const daysForNew = daysLeft - REVIEW_ONLY_DAYS;
  if (daysForNew <= 0) return { perDay: 0, reason: 'review-period', daysForNew: 0 };
  return { perDay: Math.ceil(a.unintroduced / daysForNew), reason: 'exam-date', daysForNew };
}

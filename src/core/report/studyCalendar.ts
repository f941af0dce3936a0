import { DAY, type LocalDay } from '../srs/calendar';

export interface StudyDay {
  date: string;
  answers: number;
  minutes: number;
}

export interface StudyCalendar {
  /** Every local day of the last `days` days, oldest first (days without answers included, with 0). */
  days: StudyDay[];
  /** Days in a row with at least one answer, ending today (or yesterday, when today has none yet). */
  streak: number;
  /** Days with at least one answer in the window. */
  activeDays: number;
}

/** Answers and minutes per local day over the last `days` days, and the current streak. */
export function studyCalendar(
  answers: Iterable<{ at: number; responseMs: number }>,
  day: LocalDay,
  now: number,
  days = 182,
): StudyCalendar {
  const today = day.startOf(now);
  const first = today - (days - 1) * DAY;
  const answersPer = new Array<number>(days).fill(0);
  const msPer = new Array<number>(days).fill(0);
  for (const a of answers) {
    if (a.at < first || a.at >= today + DAY) continue;
    const i = Math.round((day.startOf(a.at) - first) / DAY);
    if (i < 0 || i >= days) continue;
    answersPer[i]!++;
    msPer[i]! += Math.max(0, a.responseMs);
  }
  const out = answersPer.map((n, i) => ({ date: day.key(first + i * DAY), answers: n, minutes: Math.round(msPer[i]! / 60_000) }));
  let end = days - 1;
  if (answersPer[end] === 0) end--;
  let streak = 0;
  while (end - streak >= 0 && answersPer[end - streak]! > 0) streak++;
  return { days: out, streak, activeDays: answersPer.filter((n) => n > 0).length };
}

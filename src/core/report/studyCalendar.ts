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
  return calendarOf(
    (add) => {
      for (const a of answers) add(a.at, 1, Math.max(0, a.responseMs));
    },
    day,
    now,
    days,
  );
}

/**
 * {@link studyCalendar} from answers already counted per time slot (`at` is the slot's start; each slot lies within
 * one local day, which holds when the day's offset is a whole number of slots).
 */
export function studyCalendarOfSlots(
  slots: Iterable<[at: number, answers: number, ms: number]>,
  day: LocalDay,
  now: number,
  days = 182,
): StudyCalendar {
  return calendarOf(
    (add) => {
      for (const [at, n, ms] of slots) add(at, n, ms);
    },
    day,
    now,
    days,
  );
}

function calendarOf(
  each: (add: (at: number, answers: number, ms: number) => void) => void,
  day: LocalDay,
  now: number,
  days: number,
): StudyCalendar {
  const today = day.startOf(now);
  const first = today - (days - 1) * DAY;
  const answersPer = new Array<number>(days).fill(0);
  const msPer = new Array<number>(days).fill(0);
  each((at, n, ms) => {
    if (at < first || at >= today + DAY) return;
    const i = Math.round((day.startOf(at) - first) / DAY);
    if (i < 0 || i >= days) return;
    answersPer[i]! += n;
    msPer[i]! += ms;
  });
  const out = answersPer.map((n, i) => ({ date: day.key(first + i * DAY), answers: n, minutes: Math.round(msPer[i]! / 60_000) }));
  let end = days - 1;
  if (answersPer[end] === 0) end--;
  let streak = 0;
  while (end - streak >= 0 && answersPer[end - streak]! > 0) streak++;
  return { days: out, streak, activeDays: answersPer.filter((n) => n > 0).length };
}

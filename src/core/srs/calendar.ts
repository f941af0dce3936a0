/**
 * Local-day arithmetic with the time-zone offset passed in (minutes east of UTC, e.g. +480 for China), so the core
 * stays free of the machine's clock and zone.
 */
export const DAY = 86_400_000;

export interface LocalDay {
  offsetMs: number;
  /** Start of the local day containing `at`, as epoch ms. */
  startOf(at: number): number;
  /** 'YYYY-MM-DD' of the local day containing `at`. */
  key(at: number): string;
  /** Local hours, minutes and seconds of `at`. */
  clock(at: number): { h: number; m: number; s: number };
}

export function localDay(offsetMinutes: number): LocalDay {
  const off = offsetMinutes * 60_000;
  return {
    offsetMs: off,
    startOf: (at) => Math.floor((at + off) / DAY) * DAY - off,
    key: (at) => new Date(Math.floor((at + off) / DAY) * DAY).toISOString().slice(0, 10),
    clock: (at) => {
      const t = Math.floor(((((at + off) % DAY) + DAY) % DAY) / 1000);
      return { h: Math.floor(t / 3600), m: Math.floor((t % 3600) / 60), s: t % 60 };
    },
  };
}

/** Whole local days from the day of `now` to the ISO date `iso`; negative when it has passed. */
export function daysUntilDate(day: LocalDay, now: number, iso: string): number {
  const target = Date.parse(`${iso}T00:00:00Z`) - day.offsetMs;
  return Math.round((target - day.startOf(now)) / DAY);
}

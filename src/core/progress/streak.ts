/** The day key before `day` (YYYY-MM-DD, calendar arithmetic in UTC so it is the same in every time zone). */
function previousDay(day: string): string {
  const t = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * 打卡 streak: how many days in a row, ending today or yesterday, the learner studied. `days` are the learner's study
 * day keys (any order, duplicates allowed); days after `today` (a machine whose clock ran ahead) are ignored.
 */
export function streakDays(days: readonly string[], today: string): number {
  const set = new Set(days.filter((d) => d <= today));
  let day = set.has(today) ? today : previousDay(today);
  let n = 0;
  while (set.has(day)) {
    n++;
    day = previousDay(day);
  }
  return n;
}

/** Days from `from` to `to` inclusive (YYYY-MM-DD keys). */
function daysBetween(from: string, to: string): number {
  const t = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((t(to) - t(from)) / 86_400_000) + 1;
}

/**
 * 打卡 streak from the learner's latest run of consecutive study days (`runStart`..`lastDay`, as the centre keeps
 * it): the run's length while it still reaches today or yesterday, otherwise 0. Same answer as `streakDays`.
 */
export function streakOfRun(runStart: string | null, lastDay: string | null, today: string): number {
  if (!runStart || !lastDay || lastDay > today) return 0;
  return daysBetween(lastDay, today) <= 2 ? daysBetween(runStart, lastDay) : 0;
}

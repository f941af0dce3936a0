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

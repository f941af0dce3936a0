/** Milliseconds left before the deadline (never negative). The deadline is stored, not a ticking counter. */
export function remaining(deadline: number, now: number): number {
  return Math.max(0, deadline - now);
}

/** "01:59:07" — hours, minutes, seconds of a duration. */
export function formatClock(ms: number): string {
  const s = Math.ceil(ms / 1000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(Math.floor(s / 3600))}:${p(Math.floor((s % 3600) / 60))}:${p(s % 60)}`;
}

/** The exam screen warns once this little time is left. */
export const WARN_AT_MS = 10 * 60 * 1000;

import { DAY } from '@core/srs/calendar';
import type { SyncEventInput } from '../../src/shared/centre/contract';

/** Where the benches' year of history starts. */
export const HISTORY_START = Date.UTC(2025, 2, 1);

/**
 * One learner's answers for the centre benches: `n` answers over `span` from `from`, 2,000 items in 40 chapters, ~70 %
 * right, the same for the same learner and `salt` (a seeded generator), so runs compare.
 */
export function learnerHistory(learner: number, n: number, from = HISTORY_START, span = 365 * DAY, salt = 0): SyncEventInput[] {
  const out: SyncEventInput[] = [];
  let seed = learner * 7919 + 1 + salt * 104729;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < n; i++) {
    const at = from + Math.floor((i / n) * span) + Math.floor(rnd() * Math.min(3_600_000, span / n));
    const q = Math.floor(rnd() * 2000);
    const correct = rnd() < 0.7;
    const questionId = `jc25-${String(q % 40).padStart(2, '0')}-${q}`;
    out.push({
      id: `${questionId}|${at}|practice|A`,
      kind: 'answer',
      at,
      day: new Date(at).toISOString().slice(0, 10),
      questionId,
      chapter: `jc25-${String(q % 40).padStart(2, '0')}`,
      correct,
      payload: {
        questionId,
        at,
        choice: ['A'],
        correct,
        score: correct ? 1 : 0,
        responseMs: 20_000,
        mode: 'practice',
        guessed: false,
        grade: null,
      },
    });
  }
  return out;
}

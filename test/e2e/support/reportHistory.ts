import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnswerRecordInput } from '@shared/records';

const DAY = 86_400_000;

/** Review intervals in days: nine graded reviews per item over 83 days. */
const GAPS = [1, 2, 3, 5, 8, 13, 21, 30];

export interface HistoryFacts {
  /** Every record written, oldest first. */
  records: AnswerRecordInput[];
  /** Distinct UTC days with an answer (each record is at 12:00 UTC, the same date in China, UTC+8). */
  activeDays: number;
  /** Days in a row ending today with answers. */
  streak: number;
  /** Minutes of answering in the last 7 days (today included). */
  weekMinutes: number;
}

/**
 * Half a year of study for one learner, written straight into the answer log of the only learner folder in
 * `dataDir` (the app must be stopped): `reviewIds.length` items reviewed nine times each in 今日学习 between 160
 * and 38 days ago (80 % right), then chapter practice on `practiceIds` (20 a day, half right, 30 s each) on the
 * last five days up to `today`, so the streak is 5 and the week has 50 minutes. At least 1,000 graded reviews, as
 * 优化复习参数 needs.
 */
export function writeStudyHistory(dataDir: string, today: number, reviewIds: string[], practiceIds: string[]): HistoryFacts {
  const learners = readdirSync(join(dataDir, 'learners'));
  if (learners.length !== 1) throw new Error(`expected one learner folder, found ${learners.length}`);
  const dir = join(dataDir, 'learners', learners[0]!, 'reviews');
  mkdirSync(dir, { recursive: true });
  const noon = Math.floor(today / DAY) * DAY + DAY / 2;
  const records: AnswerRecordInput[] = [];
  reviewIds.forEach((questionId, c) => {
    let at = noon - (160 - (c % 40)) * DAY;
    for (let k = 0; k <= GAPS.length; k++) {
      const correct = (c + k) % 5 !== 0;
      records.push({
        questionId,
        at: at + c,
        choice: ['A'],
        correct,
        score: correct ? 1 : 0,
        responseMs: 8_000,
        mode: 'today',
        type: 'single',
        grade: correct ? 'good' : 'again',
      });
      at += (GAPS[k] ?? 0) * DAY;
    }
  });
  for (let d = 4; d >= 0; d--)
    practiceIds.forEach((questionId, i) => {
      const correct = i % 2 === 0;
      records.push({
        questionId,
        at: noon - d * DAY + i,
        choice: ['A'],
        correct,
        score: correct ? 1 : 0,
        responseMs: 30_000,
        mode: 'practice',
        type: 'single',
        grade: null,
      });
    });
  records.sort((a, b) => a.at - b.at);
  const byMonth = new Map<string, string[]>();
  for (const r of records) {
    const month = new Date(r.at).toISOString().slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), JSON.stringify(r)]);
  }
  for (const [month, lines] of byMonth) writeFileSync(join(dir, `${month}.jsonl`), `${lines.join('\n')}\n`);
  const weekStart = noon - 6 * DAY - DAY / 2;
  return {
    records,
    activeDays: new Set(records.map((r) => Math.floor(r.at / DAY))).size,
    streak: 5,
    weekMinutes: records.filter((r) => r.at >= weekStart).reduce((m, r) => m + (r.responseMs ?? 0), 0) / 60_000,
  };
}

/**
 * Bench fixtures, written straight in the storage format (much faster than recording through the handler): a learner
 * folder with `n` answers in its month logs, and a synthetic bank of `items` single-choice items whose ids the
 * answers use. Generated once per run under the run's work folder.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnswerRecord } from '@shared/records';
import { DAY } from '@core/srs/calendar';
import { singleItemForTesting } from '../support/bankFixtures';

/** The questions the history is spread over (the synthetic bank's ids). */
export const HISTORY_QUESTIONS = 10_000;
export const benchQuestionId = (i: number) => `jc25-06-b${i % HISTORY_QUESTIONS}`;

/** A learner folder with `n` answers already in the log, spread over the 12 months before 2026-11. */
export function learnerWithHistory(work: string, n: number, label = 'rec'): string {
  const dataDir = join(work, `learner-${label}-${n}`);
  const reviews = join(dataDir, 'learners', 'default', 'reviews');
  mkdirSync(reviews, { recursive: true });
  const perMonth = Math.ceil(n / 12);
  for (let m = 0; m < 12; m++) {
    const lines: string[] = [];
    for (let i = m * perMonth; i < Math.min(n, (m + 1) * perMonth); i++) {
      // Every answer a scheduled review.
      const correct = i % 5 !== 0;
      const r: AnswerRecord = {
        guessed: false,
        grade: correct ? 'good' : 'again',
        type: 'single',
        questionId: benchQuestionId(i),
        at: new Date(2025, 10 + m, 1 + (i % 27), 20).getTime(),
        choice: ['A'],
        correct,
        score: 1,
        // Times that vary as a learner's do (not in order: the usual pace is a median of the last 201).
        responseMs: 3000 + ((i * 7919) % 20_000),
        mode: 'today',
      };
      lines.push(JSON.stringify(r));
    }
    const d = new Date(2025, 10 + m, 1);
    const name = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}.jsonl`;
    writeFileSync(join(reviews, name), lines.length ? `${lines.join('\n')}\n` : '');
  }
  return dataDir;
}

/** A bank folder (the real subjects and syllabus) with `items` synthetic single-choice items in files of 500. */
export function syntheticBank(work: string, realQuestions: string, items: number): string {
  const dir = join(work, `bank-${items}`);
  cpSync(join(realQuestions, 'subjects.json'), join(dir, 'subjects.json'));
  cpSync(join(realQuestions, 'syllabus'), join(dir, 'syllabus'), { recursive: true });
  mkdirSync(join(dir, 'banks', 'jc'), { recursive: true });
  const perFile = 500;
  for (let f = 0; f * perFile < items; f++) {
    const list = [];
    for (let i = f * perFile; i < Math.min(items, (f + 1) * perFile); i++) {
      list.push(singleItemForTesting({ id: `jc25-06-b${i}`, stem: `第 ${i} 道基准测试题：社会工作者小王在面谈中运用的技巧是（　）。` }));
    }
    writeFileSync(join(dir, 'banks', 'jc', `bench-${f}.json`), JSON.stringify({ bankVersion: 1, subject: 'jc', items: list }, null, 1));
  }
  return dir;
}

/**
 * A learner folder with `reviews` graded 今日学习 reviews, 10 per card at growing intervals (1, 2, 4 … days), the
 * outcomes from a fixed pseudo-random learner: training data for the optimizer bench.
 */
export function learnerWithReviews(work: string, reviews: number): string {
  const dataDir = join(work, `learner-reviews-${reviews}`);
  const dir = join(dataDir, 'learners', 'default', 'reviews');
  mkdirSync(dir, { recursive: true });
  let seed = 11;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const start = new Date(2025, 0, 1, 20).getTime();
  const records: AnswerRecord[] = [];
  for (let c = 0; c < reviews / 10; c++) {
    let at = start + (c % 60) * DAY;
    for (let k = 0; k < 10; k++) {
      const correct = rnd() < 0.85;
      records.push({
        guessed: false,
        grade: correct ? 'good' : 'again',
        type: 'single',
        questionId: benchQuestionId(c),
        at: at + c,
        choice: ['A'],
        correct,
        score: correct ? 1 : 0,
        responseMs: 5000,
        mode: 'today',
      });
      at += 2 ** Math.min(k, 6) * DAY;
    }
  }
  records.sort((a, b) => a.at - b.at);
  const byMonth = new Map<string, string[]>();
  for (const r of records) {
    const d = new Date(r.at);
    const m = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
    const list = byMonth.get(m) ?? [];
    list.push(JSON.stringify(r));
    byMonth.set(m, list);
  }
  for (const [m, lines] of byMonth) writeFileSync(join(dir, `${m}.jsonl`), `${lines.join('\n')}\n`);
  return dataDir;
}

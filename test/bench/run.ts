/**
 * `npm run bench`: measures side by side in one run (these machines are noisy, so ratios matter more than
 * absolute numbers), prints a table and writes bench-results.json. Not part of `npm test`.
 */
import { createApp } from '../../electron/main/app';
import {
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  writeFileSync,
  fdatasyncSync,
  writeSync,
  readFileSync,
  readdirSync,
  cpSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { singleItemForTesting } from '../support/bankFixtures';
import { loadBank } from '../../electron/main/bank/loadBank';
import { openLearner } from '../../electron/main/services/createServices';
import { Backups } from '../../electron/main/storage/backups';
import { StorageHealth } from '../../electron/main/storage/storageHealth';
import { startToday } from '../../electron/main/services/today';
import type { AnswerRecord } from '@shared/records';
import { repoRoot } from '../support/repoRoot';
import { benchImport } from './importBench';

const root = repoRoot;
const realQuestions = join(root, 'questions');
const work = mkdtempSync(join(tmpdir(), 'sgl-bench-'));
const N = Number(process.env['BENCH_N'] ?? 300);

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

/** A learner folder with `n` answers already in the log, spread over the 12 months before 2026-11. */
function learnerWithHistory(n: number, label = 'rec'): string {
  const dataDir = join(work, `learner-${label}-${n}`);
  const reviews = join(dataDir, 'learners', 'default', 'reviews');
  mkdirSync(reviews, { recursive: true });
  const perMonth = Math.ceil(n / 12);
  for (let m = 0; m < 12; m++) {
    const lines: string[] = [];
    for (let i = m * perMonth; i < Math.min(n, (m + 1) * perMonth); i++) {
      // Spread over 10k questions (the synthetic bank's ids), every answer a scheduled review.
      const correct = i % 5 !== 0;
      const r: AnswerRecord = {
        guessed: false,
        grade: correct ? 'good' : 'again',
        type: 'single',
        questionId: `jc25-06-b${i % 10_000}`,
        at: new Date(2025, 10 + m, 1 + (i % 27), 20).getTime(),
        choice: ['A'],
        correct,
        score: 1,
        responseMs: 5000 + (i % 3000),
        mode: 'today',
      };
      lines.push(JSON.stringify(r));
    }
    const d = new Date(2025, 10 + m, 1);
    writeFileSync(join(reviews, `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}.jsonl`), `${lines.join('\n')}\n`);
  }
  return dataDir;
}

async function recorder(dataDir: string) {
  const { services: s, dispatch } = await createApp({
    learner: 'default',
    dataDir,
    questionsDir: realQuestions,
    now: () => Date.now(),
    log: () => {},
  });
  const ids = s.bank.subjects
    .flatMap((sub) => sub.chapters.flatMap((c) => s.bank.itemsInChapter(c.id)))
    .filter((i) => i.type === 'single')
    .map((i) => i.id);
  let k = 0;
  return {
    s,
    async record(): Promise<number> {
      const t = performance.now();
      const r = await dispatch('practice:answer', { questionId: ids[k++ % ids.length], choice: ['A'], responseMs: 4000 });
      const dt = performance.now() - t;
      if (!r.ok) throw new Error(r.error.message);
      return dt;
    },
  };
}

function bareAppendFsync(file: string, bytes: string): number {
  const t = performance.now();
  const fd = openSync(file, 'a');
  writeSync(fd, bytes);
  fdatasyncSync(fd);
  closeSync(fd);
  return performance.now() - t;
}

function syntheticBank(items: number): string {
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

function rawParse(dir: string): number {
  const t = performance.now();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.json')) JSON.parse(readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return performance.now() - t;
}

async function main() {
  console.log(`bench work folder: ${work} (N=${N} answers per series)`);
  const small = await recorder(learnerWithHistory(1_000));
  const large = await recorder(learnerWithHistory(100_000));
  const bareFile = join(work, 'bare.jsonl');
  const line = `${JSON.stringify({ questionId: 'jc25-06-001', at: Date.now(), choice: ['A'], correct: true, score: 1, responseMs: 4000, mode: 'practice' })}\n`;
  const t1k: number[] = [];
  const t100k: number[] = [];
  const tBare: number[] = [];
  for (let i = 0; i < 10; i++) {
    await small.record();
    await large.record();
  }
  for (let i = 0; i < N; i++) {
    // Interleaved, so machine noise hits every series alike.
    t1k.push(await small.record());
    t100k.push(await large.record());
    tBare.push(bareAppendFsync(bareFile, line));
  }
  await small.s.dispose();
  await large.s.dispose();

  // A learner with 100k reviews over 10k cards, studying a 10k-item bank.
  const bank10k = syntheticBank(10_000);
  const startup: number[] = [];
  const queue: number[] = [];
  const big = learnerWithHistory(100_000, 'startup'); // fresh: no answer index yet
  const learnerDir = join(big, 'learners', 'default');
  for (let i = 0; i < 5; i++) {
    // The learner's records alone (the bank is measured separately below).
    const tl = performance.now();
    const learner = await openLearner(
      learnerDir,
      new StorageHealth(() => {}),
      new Backups(join(big, 'backups', 'default'), learnerDir, () => Date.now()),
    );
    startup.push(performance.now() - tl);
    await learner.answers.close();
    const { services: s } = await createApp({
      learner: 'default',
      dataDir: big,
      questionsDir: bank10k,
      now: () => Date.now(),
      log: () => {},
    });
    if (i === 0) await s.settings.update({ level: 'junior', dailyNewOverride: 20 });
    const cards = [...s.answers.model().questions.values()].filter((q) => q.card).length;
    if (cards !== 10_000) throw new Error(`expected 10k cards, got ${cards}`);
    for (let k = 0; k < 5; k++) {
      const tq = performance.now();
      startToday(s);
      queue.push(performance.now() - tq);
    }
    await s.dispose();
  }

  const bankRatio = async (items: number) => {
    const dir = items === 10_000 ? bank10k : syntheticBank(items);
    const ours: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < 3; i++) {
      raw.push(rawParse(dir));
      const t = performance.now();
      const bank = await loadBank(dir);
      ours.push(performance.now() - t);
      if (bank.problems.length) throw new Error(`synthetic bank invalid: ${bank.problems[0]?.message}`);
    }
    return { ours: median(ours), raw: median(raw) };
  };
  const b10 = await bankRatio(10_000);
  const b50 = await bankRatio(50_000);

  const results = {
    answerRecordP95Ms1k: round(p95(t1k)),
    answerRecordP95Ms100k: round(p95(t100k)),
    answerRecordRatio100kVs1k: round(p95(t100k) / p95(t1k)),
    answerRecordVsAppendFsync: round(p95(t1k) / p95(tBare)),
    appendFsyncP95Ms: round(p95(tBare)),
    startupLoad100kMs: round(median(startup.slice(1)), 1),
    startupLoad100kFirstMs: round(startup[0]!, 1),
    startupLoad100kNote:
      'learner with 100k reviews over 10k cards (FSRS state in the index): median of 4 opens with the index in place; First = the first open, which folds the whole log through FSRS',
    bankLoad10kMs: round(b10.ours, 1),
    bankLoad10kVsJsonParse: round(b10.ours / b10.raw),
    bankLoad50kMs: round(b50.ours, 1),
    bankLoad50kVsJsonParse: round(b50.ours / b50.raw),
    queueBuild10kMs: round(median(queue.slice(5)), 2),
    queueBuild10kNote: "today's session (due reviews by recall + new items) for 10k cards and 100k reviews; median of 20 builds",
    ...(await benchImport()),
    machine: { node: process.version, platform: process.platform, cpus: (await import('node:os')).cpus().length },
    measuredAt: new Date().toISOString(),
  };
  writeFileSync(join(root, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.table(Object.fromEntries(Object.entries(results).filter(([, v]) => typeof v === 'number')));
  console.log('written: bench-results.json');
}

await main();

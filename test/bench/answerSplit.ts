/**
 * The app's durable answer split in two, in the bench's own interleaving: the `write` system call (timed inside
 * logIo.write) and everything around it, beside SQLite and a bare append at one history size.
 * `npx tsx test/bench/answerSplit.ts [history] [rounds]`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { logIo } from '../../electron/main/storage/monthlyLog';
import { contenders, loadSqlite, runAnswerRounds } from './answerBench';
import { learnerWithHistory, syntheticBank } from './fixtures';
import { repoRoot } from '../support/repoRoot';

const history = Number(process.argv[2] ?? 100_000);
const rounds = Number(process.argv[3] ?? 1000);
const work = mkdtempSync(join(tmpdir(), 'sgl-split-'));
const bank = syntheticBank(work, join(repoRoot, 'questions'), 10_000);
const c0 = await contenders(loadSqlite(), learnerWithHistory(work, history), bank, work, history);
const writes: number[] = [];
const starts: number[] = [];
const ends: number[] = [];
const realWrite = logIo.write;
logIo.write = (fd, buf, off, len, pos) => {
  const t = performance.now();
  const n = realWrite(fd, buf, off, len, pos);
  const e = performance.now();
  writes.push(e - t);
  starts.push(t);
  ends.push(e);
  return n;
};
let gcMs = 0;
let gcs = 0;
const { PerformanceObserver } = await import('node:perf_hooks');
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    gcMs += e.duration;
    gcs++;
  }
});
obs.observe({ entryTypes: ['gc'] });
// Finer marks: the repository's append entered (scoring and grading done) and the FSRS review's own time.
const repo = c0.appInstance.services.answers;
const realAppend = repo.append.bind(repo);
const appendAt: number[] = [];
repo.append = (r) => {
  appendAt.push(performance.now());
  return realAppend(r);
};
const sched = c0.appInstance.services.scheduler;
const realReview = sched.review.bind(sched);
const fsrs: number[] = [];
sched.review = (...a) => {
  const t = performance.now();
  const r = realReview(...a);
  fsrs.push(performance.now() - t);
  return r;
};
const toAppend: number[] = [];
const appendToWrite: number[] = [];
const before: number[] = [];
const after: number[] = [];
const c = {
  ...c0,
  async app() {
    const t0 = performance.now();
    const dt = await c0.app();
    const t1 = performance.now();
    before.push(starts[starts.length - 1]! - t0);
    toAppend.push(appendAt[appendAt.length - 1]! - t0);
    appendToWrite.push(starts[starts.length - 1]! - appendAt[appendAt.length - 1]!);
    after.push(t1 - ends[ends.length - 1]!);
    return dt;
  },
};
const series = (await runAnswerRounds(new Map([[history, c]]), rounds)).get(history)!;
await c.close();
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * p)]!;
const w = writes.slice(-series.app.length);
const rest = series.app.map((t, i) => t - (w[i] ?? 0));
for (const [k, xs] of Object.entries({
  'to repo append': toAppend.slice(-series.app.length),
  'append to write': appendToWrite.slice(-series.app.length),
  ...(fsrs.length ? { 'FSRS review': fsrs.slice(-series.app.length) } : {}),
  'before write': before.slice(-series.app.length),
  'after write': after.slice(-series.app.length),
  app: series.app,
  'app: write': w,
  'app: the rest': rest,
  sqlite: series.sqlite,
  fsync: series.fsync,
}))
  console.log(`${k.padEnd(16)} p50 ${q(xs, 0.5).toFixed(3)}  p95 ${q(xs, 0.95).toFixed(3)}  p99 ${q(xs, 0.99).toFixed(3)}`);
console.log(`gc: ${gcs} collections, ${gcMs.toFixed(1)} ms over ${series.app.length * 3} timed calls`);
rmSync(work, { recursive: true, force: true });

/**
 * `npm run bench`: measures side by side in one run (these machines are noisy, so ratios matter more than
 * absolute numbers), prints a table and writes bench-results.json. Not part of `npm test`.
 * BENCH_SIZES=1000,10000 limits the history sizes; BENCH_N sets the answers per contender and size.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openLearner } from '../../electron/main/services/createServices';
import { startToday } from '../../electron/main/services/today';
import { createApp } from '../../electron/main/app';
import { ANSWER_INDEX_FILE } from '../../electron/main/storage/answersRepo';
import { Backups } from '../../electron/main/storage/backups';
import { localDay } from '@core/srs/calendar';
import { StorageHealth } from '../../electron/main/storage/storageHealth';
import { repoRoot } from '../support/repoRoot';
import { bankLoadBench } from './bankBench';
import { contenders, loadSqlite, runAnswerRounds, type Contenders } from './answerBench';
import { learnerWithHistory, syntheticBank } from './fixtures';
import { benchImport } from './importBench';
import { optimizeBench } from './optimizeBench';

const root = repoRoot;
const realQuestions = join(root, 'questions');
const work = mkdtempSync(join(tmpdir(), 'sgl-bench-'));
const N = Number(process.env['BENCH_N'] ?? 1000);
const SIZES = (process.env['BENCH_SIZES'] ?? '1000,10000,100000,1000000').split(',').map(Number);

/** The last evening of the fixtures' history (12 months before 2026-11). */
const REPORT_NOW = new Date(2026, 9, 28, 21).getTime();

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
const label = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`);

async function openOnce(dataDir: string): Promise<number> {
  const learnerDir = join(dataDir, 'learners', 'default');
  const t = performance.now();
  const learner = await openLearner(
    learnerDir,
    new StorageHealth(() => {}),
    new Backups(join(dataDir, 'backups', 'default'), learnerDir, () => Date.now(), localDay(480)),
  );
  const dt = performance.now() - t;
  await learner.answers.close();
  return dt;
}

/** The RSS of a fresh process after it opened the learner (the app's main process holds the same). */
function rssAfterOpen(dataDir: string, questionsDir: string): number {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'rssProbe.ts'), dataDir, questionsDir], {
    cwd: root,
    encoding: 'utf8',
  });
  const m = /RSS_MB (\S+)/.exec(r.stdout);
  if (!m) throw new Error(`rss probe failed: ${r.stderr}`);
  return Number(m[1]);
}

async function main() {
  console.log(`bench work folder: ${work} (N=${N} answers per contender and size; sizes ${SIZES.map(label).join(', ')})`);
  const results: Record<string, unknown> = {};
  const bank10k = syntheticBank(work, realQuestions, 10_000);

  // Start-up: the first open folds the whole log (no index yet); later opens read the index and the log's tail.
  const dirs = new Map<number, string>();
  for (const n of SIZES) {
    const dir = learnerWithHistory(work, n);
    dirs.set(n, dir);
    const first = await openOnce(dir);
    if (n >= 100_000) results[`openFirstMs_${label(n)}`] = round(first, 1);
    const again = [await openOnce(dir), await openOnce(dir), await openOnce(dir)];
    results[`openMs_${label(n)}`] = round(median(again), 1);
  }
  // RSS after opening: the 1k learner shows the baseline (runtime, code, the 10k-item bank); the rest is the history.
  for (const n of [1000, 1_000_000]) if (dirs.has(n)) results[`rssMb_${label(n)}`] = round(rssAfterOpen(dirs.get(n)!, bank10k), 1);

  // Durable answers, every size and contender interleaved.
  const Sqlite = loadSqlite();
  const all = new Map<number, Contenders>();
  for (const n of SIZES) all.set(n, await contenders(Sqlite, dirs.get(n)!, bank10k, work, n));
  const largest = all.get(Math.max(...SIZES))!.appInstance.services;
  await largest.settings.update({ level: 'junior', dailyNewOverride: 20 });
  const series = await runAnswerRounds(all, N);
  for (const [n, s] of series) {
    results[`answerP95Ms_${label(n)}`] = round(p95(s.app));
    results[`answerP50Ms_${label(n)}`] = round(median(s.app));
    results[`sqliteP95Ms_${label(n)}`] = round(p95(s.sqlite));
    results[`sqliteP50Ms_${label(n)}`] = round(median(s.sqlite));
    results[`fsyncP95Ms_${label(n)}`] = round(p95(s.fsync));
    results[`fsyncP50Ms_${label(n)}`] = round(median(s.fsync));
    results[`answerVsSqliteP95_${label(n)}`] = round(p95(s.app) / p95(s.sqlite));
  }
  if (series.has(100_000)) results['answerVsFsync100k'] = round(p95(series.get(100_000)!.app) / p95(series.get(100_000)!.fsync));
  if (series.has(1_000_000) && series.has(1000))
    results['answerGrowth1Mvs1k'] = round(p95(series.get(1_000_000)!.app) / p95(series.get(1000)!.app));

  // Today's queue for the largest learner (10k cards; fewer when BENCH_SIZES holds only histories under 10k answers).
  const cards = [...largest.answers.model().questions.values()].filter((q) => q.card).length;
  if (Math.max(...SIZES) >= 10_000 && cards !== 10_000) throw new Error(`expected 10k cards, got ${cards}`);
  const queue: number[] = [];
  for (let k = 0; k < 25; k++) {
    const tq = performance.now();
    startToday(largest);
    queue.push(performance.now() - tq);
  }
  results[`queueBuildMs_${label(Math.max(...SIZES))}`] = round(median(queue.slice(5)), 2);
  for (const c of all.values()) await c.close();
  // 学习报告 (report:get's service) with the history in place, on the last evening of that history (so its last 30
  // days hold ~1/12 of it): answers per slot from the index and one month file, never the whole log.
  for (const n of SIZES.filter((x) => x >= 100_000)) {
    const app = await createApp({ learner: 'default', dataDir: dirs.get(n)!, questionsDir: bank10k, now: () => REPORT_NOW, log: () => {} });
    await app.services.settings.update({ level: 'junior' });
    const times: number[] = [];
    for (let k = 0; k < 7; k++) {
      const tr = performance.now();
      const r = await app.dispatch('report:get', undefined);
      times.push(performance.now() - tr);
      if (!r.ok) throw new Error(r.error.message);
    }
    results[`reportFirstMs_${label(n)}`] = round(times[0]!, 1);
    results[`reportMs_${label(n)}`] = round(median(times.slice(2)), 1);
    await app.dispose();
  }
  for (const d of dirs.values()) rmSync(join(d, 'learners', 'default', ANSWER_INDEX_FILE), { force: true });

  Object.assign(results, await bankLoadBench(work, bank10k));

  Object.assign(results, await optimizeBench(work, bank10k));
  Object.assign(results, await benchImport());

  results['notes'] = {
    history: 'answers spread over 12 month files and 10k questions; the app records practice:answer through the composed app',
    open: 'openMs_* = median of 3 opens of the learner records with the index in place; openFirstMs_* = the first open (no index: folds the whole log)',
    sqlite:
      'better-sqlite3, WAL, synchronous=FULL, revlog table with an index on the card id, one INSERT per answer, prefilled with the same history size',
    report:
      'reportMs_* = median of 5 (after 2 warm-up) report:get for a junior learner with that history on its last evening; reportFirstMs_* = the first of the session (reads the month files of the last 30 days)',
    fsync: 'one write of the same line + fdatasync to a file kept open',
    bank: 'bankLoad*VsJsonParse: the shipped path as the app opens it (manifest hashes match, empty centre folder) against a read + JSON.parse that keeps the parsed files, as a load must (median of 5, each from a collected heap); *Dropped: against one that drops each file at once; *FullValidation: no manifest (centre/imported banks)',
  };
  results['machine'] = { node: process.version, platform: process.platform, cpus: cpus().length, cpu: cpus()[0]?.model };
  results['measuredAt'] = new Date().toISOString();
  writeFileSync(join(root, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.table(Object.fromEntries(Object.entries(results).filter(([, v]) => typeof v === 'number')));
  console.log('written: bench-results.json');
  rmSync(work, { recursive: true, force: true });
}

await main();

/** Where the 学习报告's time goes (a one-off probe: `tsx test/bench/reportProbe.ts [answers]`). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '../../electron/main/app';
import { todayForecast, todayPlan } from '../../electron/main/services/today';
import { repoRoot } from '../support/repoRoot';
import { learnerWithHistory, syntheticBank } from './fixtures';

const n = Number(process.argv[2] ?? 100_000);
const work = mkdtempSync(join(tmpdir(), 'sgl-report-'));
const bank = syntheticBank(work, join(repoRoot, 'questions'), 10_000);
const dir = learnerWithHistory(work, n);
const now = new Date(2026, 9, 28, 21).getTime();
const app = await createApp({ learner: 'default', dataDir: dir, questionsDir: bank, now: () => now, log: () => {} });
await app.services.settings.update({ level: 'junior' });
const s = app.services;
const time = async (name: string, f: () => unknown) => {
  const ts: number[] = [];
  for (let i = 0; i < Number(process.env['REPS'] ?? 5); i++) {
    const t = performance.now();
    await f();
    ts.push(performance.now() - t);
  }
  console.log(name, ts.sort((a, b) => a - b)[2]!.toFixed(1));
};
const t0 = performance.now();
await app.dispatch('report:get', undefined);
console.log('report:get first', (performance.now() - t0).toFixed(1));
await time('report:get', () => app.dispatch('report:get', undefined));
await time('since30', () => s.answers.since(now - 30 * 86_400_000));
await time('todayPlan', () => todayPlan(s));
await time('todayForecast', () => todayForecast(s));
await app.dispose();
rmSync(work, { recursive: true, force: true });

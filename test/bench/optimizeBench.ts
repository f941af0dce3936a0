/**
 * 优化参数 through the service (history read, training sequences, the FSRS optimizer in its worker thread, and the
 * before/after evaluation) at 1k, 10k and 100k graded reviews, plus the fit alone in its worker.
 */
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { createApp } from '../../electron/main/app';
import { optimizeParams } from '../../electron/main/services/optimize';
import { defaultBindingPath, fitInWorker, type Fit } from '../../electron/main/services/optimizerWorker';
import { learnerWithReviews } from './fixtures';

export async function optimizeBench(work: string, questionsDir: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const worker = fitInWorker(defaultBindingPath(), (m) => console.log(m));
  for (const n of [1000, 10_000, 100_000]) {
    const label = `${n / 1000}k`;
    const dataDir = learnerWithReviews(work, n);
    const app = await createApp({ learner: 'default', dataDir, questionsDir, now: () => Date.now(), log: () => {} });
    let fitMs = 0;
    const timedFit: Fit = async (seqs, o) => {
      const t = performance.now();
      const w = await worker(seqs, o);
      fitMs = performance.now() - t;
      return w;
    };
    const t = performance.now();
    await optimizeParams(app.services, { fit: timedFit });
    out[`optimize${label}ReviewsMs`] = Math.round(performance.now() - t);
    out[`optimize${label}FitMs`] = Math.round(fitMs);
    await app.dispose();
  }
  return out;
}

// Run alone: `npx tsx test/bench/optimizeBench.ts <work dir> <questions dir>`.
if (process.argv[1]?.endsWith('optimizeBench.ts')) {
  const [work, q] = process.argv.slice(2) as [string, string];
  console.log(await optimizeBench(join(work), q));
}

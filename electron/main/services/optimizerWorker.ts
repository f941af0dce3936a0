import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { AppError } from '@shared/errors';
import { SERVICE_MESSAGES } from './messages';

/** One card's graded reviews for training: [FSRS rating 1–4, days since the previous review]. */
export type TrainingSequence = readonly (readonly [rating: number, deltaT: number])[];

export interface FitOptions {
  /** The share of the fit done, 0–1, as the optimizer reports it. */
  onProgress?: (share: number) => void;
  /** Aborting stops the worker at once. */
  signal?: AbortSignal;
  /** After this long the worker is stopped and the fit fails with a message. */
  limitMs: number;
}

/** Fits FSRS weights to training sequences. */
export type Fit = (sequences: readonly TrainingSequence[], options: FitOptions) => Promise<number[]>;

/**
 * How often the binding's helper thread polls training progress. The binding calls this option `timeout`, but it is
 * that thread's sleep, and a fit lasts at least one whole sleep (its default, 500 ms, held every fit of 1k–10k
 * reviews to half a second; the app's old 60 s limit passed here held every fit to 60 s). 50 ms keeps the extra
 * wait small and the progress bar moving. The real bound on the fit is the app's, below.
 */
export const PROGRESS_POLL_MS = 50;

/** Thrown (as the fit's rejection) when the learner stopped it. */
export class FitCancelled extends Error {}

// The worker's code: plain CommonJS, run with `eval`, so it needs no bundling step of its own in Electron main, the
// web runtime or the tests. It loads the binding from an absolute path resolved by the main side.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  let b;
  try {
    b = require(workerData.bindingPath);
  } catch (e) {
    parentPort.postMessage({ kind: 'unavailable', message: String((e && e.message) || e) });
    return;
  }
  const items = workerData.sequences.map(
    (seq) => new b.FSRSBindingItem(seq.map((r) => new b.FSRSBindingReview(r[0], r[1]))),
  );
  const weights = await b.computeParameters(items, {
    enableShortTerm: false,
    timeout: workerData.pollMs,
    progress: (current, total) => parentPort.postMessage({ kind: 'progress', current, total }),
  });
  parentPort.postMessage({ kind: 'done', weights: Array.from(weights) });
})().catch((e) => parentPort.postMessage({ kind: 'failed', message: String((e && e.stack) || e) }));
`;

type WorkerMessage =
  | { kind: 'unavailable'; message: string }
  | { kind: 'progress'; current: number; total: number }
  | { kind: 'done'; weights: number[] }
  | { kind: 'failed'; message: string };

/** The absolute path of the FSRS optimizer module, or null when it is not installed. */
export function defaultBindingPath(): string | null {
  try {
    return createRequire(import.meta.url).resolve('@open-spaced-repetition/binding');
  } catch {
    return null;
  }
}

/**
 * A fit in a worker thread (works in Electron main and in Node): the main thread stays free to record answers, the
 * fit reports progress, and it can be stopped at any moment (cancel or time limit) by terminating the worker.
 */
export function fitInWorker(bindingPath: string | null, log: (m: string) => void): Fit {
  return (sequences, { onProgress, signal, limitMs }) =>
    new Promise<number[]>((resolve, reject) => {
      if (!bindingPath) return reject(new AppError('INTERNAL', SERVICE_MESSAGES.optimizerUnavailable));
      if (signal?.aborted) return reject(new FitCancelled());
      const worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { bindingPath, sequences, pollMs: PROGRESS_POLL_MS },
      });
      let settled = false;
      const finish = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        void worker.terminate();
        outcome();
      };
      const timer = setTimeout(() => finish(() => reject(new AppError('INTERNAL', SERVICE_MESSAGES.optimizeTooLong))), limitMs);
      const onAbort = () => finish(() => reject(new FitCancelled()));
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.on('message', (m: WorkerMessage) => {
        if (m.kind === 'progress') {
          if (m.total > 0) onProgress?.(Math.min(1, Math.max(0, m.current / m.total)));
        } else if (m.kind === 'done') {
          finish(() => resolve(m.weights));
        } else if (m.kind === 'unavailable') {
          log(`optimizer unavailable: ${m.message}`);
          finish(() => reject(new AppError('INTERNAL', SERVICE_MESSAGES.optimizerUnavailable)));
        } else {
          log(`optimizer failed: ${m.message}`);
          finish(() => reject(new AppError('INTERNAL', SERVICE_MESSAGES.optimizeFailed)));
        }
      });
      worker.on('error', (e) => {
        log(`optimizer worker crashed: ${e.message}`);
        finish(() => reject(new AppError('INTERNAL', SERVICE_MESSAGES.optimizeFailed)));
      });
      worker.on('exit', () => finish(() => reject(new AppError('INTERNAL', SERVICE_MESSAGES.optimizeFailed))));
    });
}

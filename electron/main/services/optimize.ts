import type { GradedReview } from '@core/srs/evaluate';
import { paramsEvaluator, trainingSequences } from '@core/srs/evaluate';
import type { SchedulerParams } from '@core/srs/cardState';
import { AppError } from '@shared/errors';
import type { OptimizeResult, OptimizeStatus, SrsStatus } from '@shared/ipc/contract';
import { SERVICE_MESSAGES } from './messages';
import { defaultBindingPath, FitCancelled, fitInWorker, type Fit } from './optimizerWorker';
import type { Services } from './services';

/** Fitting needs enough history to beat the defaults. */
export const MIN_REVIEWS_TO_OPTIMIZE = 1000;

/** How long 优化参数 may run before the app stops it (the fit itself takes seconds even at 100k reviews). */
export const OPTIMIZE_LIMIT_MS = 120_000;

/** The optimizer module the worker loads: the configured one (tests), else the installed binding. */
const bindingPathOf = (s: Services): string | null => s.config.optimizerBinding ?? defaultBindingPath();

async function gradedHistories(s: Services): Promise<GradedReview[][]> {
  const byQuestion = new Map<string, GradedReview[]>();
  for (const r of await s.answers.history()) {
    if (!r.grade) continue;
    const list = byQuestion.get(r.questionId) ?? [];
    list.push({ at: r.at, grade: r.grade });
    byQuestion.set(r.questionId, list);
  }
  return [...byQuestion.values()];
}

function reviewCount(s: Services): number {
  let n = 0;
  for (const stat of s.answers.model().questions.values()) n += stat.card?.reps ?? 0;
  return n;
}

export async function srsStatus(s: Services): Promise<SrsStatus> {
  return {
    reviews: reviewCount(s),
    minReviews: MIN_REVIEWS_TO_OPTIMIZE,
    optimizedAt: s.srsParams.get().optimizedAt,
    optimizerAvailable: bindingPathOf(s) !== null,
  };
}

export interface OptimizeOptions {
  /** How the weights are fitted (default: the FSRS optimizer in a worker thread). */
  fit?: Fit;
  limitMs?: number;
  onProgress?: (share: number) => void;
  signal?: AbortSignal;
}

/**
 * 优化参数: fits FSRS weights to the learner's own graded reviews with the FSRS optimizer, compares how well the old
 * and new weights predict that history, and keeps the new ones only if they predict it better.
 *
 * The fit runs in a worker thread, so answers go on being recorded meanwhile; it reports progress and can be stopped
 * (`signal`), and the app stops it after `limitMs`. The app's limit is never handed to the binding (its `timeout` is
 * the sleep of its progress thread, which every fit waited out in full: see optimizerWorker.ts).
 */
export async function optimizeParams(s: Services, options: OptimizeOptions = {}): Promise<OptimizeResult> {
  const reviews = reviewCount(s);
  if (reviews < MIN_REVIEWS_TO_OPTIMIZE) {
    throw new AppError(
      'REFUSED',
      `至少需要 ${MIN_REVIEWS_TO_OPTIMIZE} 次复习记录才能优化参数，你现在有 ${reviews} 次。请继续每天学习，之后再试。`,
    );
  }
  const fit = options.fit ?? fitInWorker(bindingPathOf(s), s.config.log);
  const histories = await gradedHistories(s);
  const sequences = trainingSequences(histories, s.day).map((seq) => seq.map((r) => [r.rating, r.deltaT] as const));
  const weights = await fit(sequences, {
    limitMs: options.limitMs ?? OPTIMIZE_LIMIT_MS,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (options.signal?.aborted) throw new FitCancelled();
  const settings = s.settings.get();
  const current = s.srsParams.get();
  const before = await evaluateYielding(histories, { retention: settings.desiredRetention, weights: current.weights }, options.signal);
  const after = await evaluateYielding(histories, { retention: settings.desiredRetention, weights }, options.signal);
  const applied = after.logLoss < before.logLoss;
  if (applied) {
    await s.srsParams.set({ weights, optimizedAt: s.config.now(), reviewsUsed: reviews });
    await s.refreshScheduler();
  }
  return {
    applied,
    before,
    after,
    message: applied
      ? '已根据你的复习记录优化参数，之后的复习安排会更贴合你的记忆规律。'
      : '新参数没有比现在的参数预测得更准，已保留现在的参数。',
  };
}

/** Cards replayed between two pauses of the evaluation (a few milliseconds of work). */
const EVALUATE_SLICE = 100;

/**
 * The before/after evaluation on the main thread, in slices with a pause for the event loop between them, so answers
 * are recorded while a large history is replayed (10 s at 100k reviews); stops when the run is cancelled.
 */
async function evaluateYielding(histories: readonly GradedReview[][], params: SchedulerParams, signal?: AbortSignal) {
  const e = paramsEvaluator(params);
  for (let i = 0; i < histories.length; i++) {
    e.add(histories[i]!);
    if (i % EVALUATE_SLICE === EVALUATE_SLICE - 1) {
      await new Promise((r) => setImmediate(r));
      if (signal?.aborted) throw new FitCancelled();
    }
  }
  return e.result();
}

/** The background run of 优化参数 behind srs:optimizeStart / Status / Cancel: at most one at a time per app. */
class OptimizeJob {
  #status: OptimizeStatus = { phase: 'idle', progress: null, result: null, error: null };
  #abort: AbortController | null = null;
  /** Settles when the running fit has ended (for tests and shutdown). */
  done: Promise<void> = Promise.resolve();

  status(): OptimizeStatus {
    return { ...this.#status };
  }

  start(s: Services, options: Omit<OptimizeOptions, 'onProgress' | 'signal'> = {}): OptimizeStatus {
    if (this.#status.phase === 'running') return this.status();
    const abort = new AbortController();
    this.#abort = abort;
    this.#status = { phase: 'running', progress: null, result: this.#status.result, error: null };
    this.done = optimizeParams(s, {
      ...options,
      signal: abort.signal,
      onProgress: (share) => {
        if (this.#abort === abort) this.#status = { ...this.#status, progress: share };
      },
    }).then(
      (result) => {
        if (this.#abort === abort) this.#status = { phase: 'done', progress: 1, result, error: null };
      },
      (e: unknown) => {
        if (this.#abort !== abort) return;
        if (e instanceof FitCancelled) this.#status = { ...this.#status, phase: 'cancelled', error: null };
        else {
          if (!(e instanceof AppError)) s.config.log(`optimize crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
          this.#status = { ...this.#status, phase: 'failed', error: e instanceof AppError ? e.message : SERVICE_MESSAGES.optimizeFailed };
        }
      },
    );
    return this.status();
  }

  cancel(): OptimizeStatus {
    if (this.#status.phase === 'running') {
      this.#abort?.abort();
      this.#status = { ...this.#status, phase: 'cancelled' };
      this.#abort = null;
    }
    return this.status();
  }
}

const jobs = new WeakMap<Services, OptimizeJob>();

/** The background 优化参数 of these services. */
export function optimizeJob(s: Services): OptimizeJob {
  let job = jobs.get(s);
  if (!job) {
    job = new OptimizeJob();
    jobs.set(s, job);
  }
  return job;
}

import type { OptimizeResult, OptimizeStatus } from '@shared/ipc/contract';
import { BackendError, type Backend } from '../backend/backend';
import { STATS_MESSAGES as M } from './messages';

type OptimizeBackend = Pick<Backend, 'srs:optimizeStart' | 'srs:optimizeStatus' | 'srs:optimizeCancel'>;

/** How often the screen asks how far 优化参数 has got while it runs. */
export const POLL_MS = 250;

/**
 * 优化参数 on the stats screen: starts the background fit, follows its progress (polled now; a pushed event can feed
 * `apply` later), stops it on 取消, and ends with the result or a message. `wait` is the pause between two polls.
 */
export class OptimizeState {
  readonly #backend: OptimizeBackend;
  readonly #wait: (ms: number) => Promise<void>;
  #status = $state<OptimizeStatus | null>(null);
  #error = $state<string | null>(null);
  /** Bumped by each start and by a cancel, so an old poll loop stops. */
  #run = 0;

  constructor(backend: OptimizeBackend, wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))) {
    this.#backend = backend;
    this.#wait = wait;
  }

  get running(): boolean {
    return this.#status?.phase === 'running';
  }
  /** Share done, 0–1, or null before the optimizer first reports (an indeterminate bar). */
  get progress(): number | null {
    return this.#status?.progress ?? null;
  }
  get result(): OptimizeResult | null {
    return this.#status?.phase === 'done' ? this.#status.result : null;
  }
  get cancelled(): boolean {
    return this.#status?.phase === 'cancelled';
  }
  /** What went wrong, for the learner. */
  get error(): string | null {
    return this.#error;
  }

  /** Takes a status (from a poll, or later from a pushed event). */
  apply(status: OptimizeStatus): void {
    this.#status = status;
    this.#error = status.phase === 'failed' ? status.error : null;
  }

  /** Starts the fit and follows it until it ends; resolves then (done, failed or cancelled). */
  async start(): Promise<void> {
    const run = ++this.#run;
    this.#error = null;
    try {
      this.apply(await this.#backend['srs:optimizeStart'](undefined));
      while (run === this.#run && this.running) {
        await this.#wait(POLL_MS);
        if (run !== this.#run) return;
        this.apply(await this.#backend['srs:optimizeStatus'](undefined));
      }
    } catch (e) {
      if (run !== this.#run) return;
      this.#status = null;
      this.#error = e instanceof BackendError ? e.message : M.optimizeFailed;
    }
  }

  async cancel(): Promise<void> {
    this.#run++;
    try {
      this.apply(await this.#backend['srs:optimizeCancel'](undefined));
    } catch (e) {
      this.#error = e instanceof BackendError ? e.message : M.optimizeFailed;
    }
  }
}

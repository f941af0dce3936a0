import type { SrsStatus } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import { errorText } from '../app/errorText';
import { STATS_MESSAGES as M } from './messages';
import { OptimizeState } from './optimizeState.svelte';

/** The 学习统计 screen: the 30-day review forecast, the scheduler's status and 优化复习参数 (run in the background). */
export class StatsState {
  readonly #backend: Backend;
  /** 优化参数: progress, 取消 and the result. */
  readonly optimizer: OptimizeState;
  #days = $state<{ date: string; count: number }[]>([]);
  #status = $state<SrsStatus | null>(null);
  #error = $state<string | null>(null);

  constructor(backend: Backend, optimizer: OptimizeState = new OptimizeState(backend)) {
    this.#backend = backend;
    this.optimizer = optimizer;
  }

  get days() {
    return this.#days;
  }
  get status() {
    return this.#status;
  }
  get error() {
    return this.#error;
  }

  async load(): Promise<void> {
    try {
      [this.#days, this.#status] = await Promise.all([
        this.#backend['today:forecast'](undefined).then((f) => f.days),
        this.#backend['srs:status'](undefined),
      ]);
    } catch (e) {
      this.#error = errorText(e, M.loadFailed);
    }
  }

  /** Runs 优化参数 to its end (or 取消), then reads the status again (when it was fitted, and on how many reviews). */
  async optimize(): Promise<void> {
    await this.optimizer.start();
    if (!this.optimizer.result) return;
    try {
      this.#status = await this.#backend['srs:status'](undefined);
    } catch (e) {
      this.#error = errorText(e, M.loadFailed);
    }
  }
}

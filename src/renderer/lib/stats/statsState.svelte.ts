import type { OptimizeResult, SrsStatus } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import { errorText } from '../app/errorText';
import { STATS_MESSAGES as M } from './messages';

/** The 学习统计 screen: the 30-day review forecast, the scheduler's status and 优化复习参数. */
export class StatsState {
  readonly #backend: Backend;
  #days = $state<{ date: string; count: number }[]>([]);
  #status = $state<SrsStatus | null>(null);
  #running = $state(false);
  #result = $state<OptimizeResult | null>(null);
  #error = $state<string | null>(null);

  constructor(backend: Backend) {
    this.#backend = backend;
  }

  get days() {
    return this.#days;
  }
  get status() {
    return this.#status;
  }
  get running() {
    return this.#running;
  }
  get result() {
    return this.#result;
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

  async optimize(): Promise<void> {
    this.#running = true;
    this.#error = null;
    try {
      this.#result = await this.#backend['srs:optimize'](undefined);
      this.#status = await this.#backend['srs:status'](undefined);
    } catch (e) {
      this.#error = errorText(e, M.optimizeFailed);
    } finally {
      this.#running = false;
    }
  }
}

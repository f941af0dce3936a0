import type { AppStatus } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import type { ErrorBanner } from './errorBanner.svelte';

const STORAGE_WATCH_MS = 5_000;

/** What main says about the records and banks: the learner's name, a write waiting for the disk, notices, bank problems. */
export class StorageStatus {
  readonly #backend: Backend;
  readonly #errors: ErrorBanner;
  #status = $state<AppStatus | null>(null);
  #watch: ReturnType<typeof setInterval> | null = null;

  constructor(backend: Backend, errors: ErrorBanner) {
    this.#backend = backend;
    this.#errors = errors;
  }

  get status(): AppStatus | null {
    return this.#status;
  }

  /** While a write is waiting for the disk, status is re-read every few seconds so the red banner goes once it is saved. */
  set(status: AppStatus | null): void {
    this.#status = status;
    if (status?.storageProblem && !this.#watch) {
      this.#watch = setInterval(() => void this.refresh(), STORAGE_WATCH_MS);
    } else if (!status?.storageProblem && this.#watch) {
      clearInterval(this.#watch);
      this.#watch = null;
    }
  }

  /** Re-reads status from main. */
  async refresh(): Promise<void> {
    await this.#errors.guard(async () => this.set(await this.#backend['app:status'](undefined)));
  }
}

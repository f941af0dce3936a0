import type { AppStatus } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import type { ErrorBanner } from './errorBanner.svelte';

/**
 * What main says about the records and banks: the learner's name, a write waiting for the disk, notices, bank
 * problems. Main pushes `storage:changed` and `bank:reloaded` when any of it changes, and this re-reads it then:
 * no polling (the red banner goes as soon as main has saved the waiting write).
 */
export class StorageStatus {
  readonly #backend: Backend;
  readonly #errors: ErrorBanner;
  #status = $state<AppStatus | null>(null);

  constructor(backend: Backend, errors: ErrorBanner) {
    this.#backend = backend;
    this.#errors = errors;
    // Lives as long as the app (one per window), so the subscriptions are never dropped.
    backend.on('storage:changed', () => void this.refresh());
    backend.on('bank:reloaded', () => void this.refresh());
  }

  get status(): AppStatus | null {
    return this.#status;
  }

  set(status: AppStatus | null): void {
    this.#status = status;
  }

  /** Re-reads status from main. */
  async refresh(): Promise<void> {
    await this.#errors.guard(async () => this.set(await this.#backend['app:status'](undefined)));
  }
}

import type { BackupInfo } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import { errorText } from '../app/errorText';

import { BACKUP_MESSAGES as M } from './messages';

/** The 备份与恢复 screen: list, back up now, restore one with a confirmation step. */
export class BackupState {
  readonly #backend: Backend;
  #list = $state<BackupInfo[]>([]);
  #busy = $state<'idle' | 'creating' | 'restoring'>('idle');
  #confirming = $state<string | null>(null);
  #message = $state<{ kind: 'ok' | 'error'; text: string } | null>(null);

  constructor(
    backend: Backend,
    private readonly onRestored: () => Promise<void>,
  ) {
    this.#backend = backend;
  }

  get list() {
    return this.#list;
  }
  get busy() {
    return this.#busy;
  }
  get confirming() {
    return this.#confirming;
  }
  get message() {
    return this.#message;
  }

  async #run(kind: 'creating' | 'restoring', work: () => Promise<string>): Promise<void> {
    // One step at a time: a press on a busy (aria-disabled) button does nothing.
    if (this.#busy !== 'idle') return;
    this.#busy = kind;
    try {
      this.#message = { kind: 'ok', text: await work() };
    } catch (e) {
      this.#message = { kind: 'error', text: errorText(e, M.failed) };
    } finally {
      this.#busy = 'idle';
    }
  }

  async load(): Promise<void> {
    try {
      this.#list = await this.#backend['backup:list'](undefined);
    } catch (e) {
      this.#message = { kind: 'error', text: errorText(e, M.listFailed) };
    }
  }

  createNow(): Promise<void> {
    return this.#run('creating', async () => {
      await this.#backend['backup:create'](undefined);
      await this.load();
      return M.created;
    });
  }

  ask(id: string): void {
    if (this.#busy !== 'idle') return;
    this.#confirming = id;
    this.#message = null;
  }

  cancel(): void {
    this.#confirming = null;
  }

  restore(): Promise<void> {
    const id = this.#confirming;
    if (!id) return Promise.resolve();
    this.#confirming = null;
    return this.#run('restoring', async () => {
      await this.#backend['backup:restore']({ id });
      await this.onRestored();
      await this.load();
      return M.restored;
    });
  }
}

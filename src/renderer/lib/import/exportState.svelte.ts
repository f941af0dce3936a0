import type { ExportListName } from '@shared/ipc/contract/export';
import type { Backend } from '../backend/backend';
import { saveExport } from './exportList';

/** The export buttons of the 错题本 and 收藏 screens: one export at a time, and what happened. */
export class ExportState {
  readonly #backend: Backend;
  readonly #save: Parameters<typeof saveExport>[3];
  #busy = $state(false);
  #message = $state<{ ok: boolean; text: string } | null>(null);

  constructor(backend: Backend, save?: Parameters<typeof saveExport>[3]) {
    this.#backend = backend;
    this.#save = save;
  }
  get busy() {
    return this.#busy;
  }
  get message() {
    return this.#message;
  }

  async run(list: ExportListName, format: 'xlsx' | 'csv'): Promise<void> {
    this.#busy = true;
    this.#message = await saveExport(this.#backend, list, format, this.#save);
    this.#busy = false;
  }
}

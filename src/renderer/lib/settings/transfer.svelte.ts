import type { Backend } from '../backend/backend';
import { downloadText } from '../app/download';
import { errorText, needsConfirm } from '../app/errorText';
import { TRANSFER_MESSAGES as M } from '../app/messages';
import type { SaveFile } from './centreBanks.svelte';

/** 学习进度 export and import in 设置; a file of another learner waits for the learner's consent. */
export class TransferState {
  readonly #backend: Backend;
  readonly #onImported: () => Promise<void>;
  readonly #save: SaveFile;
  #message = $state<{ ok: boolean; text: string } | null>(null);
  #busy = $state(false);
  #pending = $state<{ content: string; question: string } | null>(null);

  /** `onImported` re-reads the learner's records after an import added to them. */
  constructor(backend: Backend, onImported: () => Promise<void>, save: SaveFile = downloadText) {
    this.#backend = backend;
    this.#onImported = onImported;
    this.#save = save;
  }

  get message() {
    return this.#message;
  }
  get busy() {
    return this.#busy;
  }
  /** The question main asked about the chosen file, while it waits for 确定合并 or 取消. */
  get pending() {
    return this.#pending;
  }

  async #run(work: () => Promise<string>): Promise<void> {
    // One step at a time: a press on the busy (aria-disabled) button does nothing.
    if (this.#busy) return;
    this.#busy = true;
    try {
      this.#message = { ok: true, text: await work() };
    } catch (e) {
      this.#message = { ok: false, text: errorText(e, M.failed) };
    } finally {
      this.#busy = false;
    }
  }

  exportProgress(): Promise<void> {
    return this.#run(async () => {
      const f = await this.#backend['transfer:export'](undefined);
      this.#save(f.fileName, f.content, 'application/json');
      return M.exported(f.fileName);
    });
  }

  importContent(content: string, acceptOtherLearner = false): Promise<void> {
    this.#pending = null;
    return this.#run(async () => {
      try {
        const added = await this.#backend['transfer:import']({ content, ...(acceptOtherLearner ? { acceptOtherLearner } : {}) });
        await this.#onImported();
        return M.imported(added);
      } catch (err) {
        if (needsConfirm(err)) {
          this.#pending = { content, question: err.message };
          return M.confirmFirst;
        }
        throw err;
      }
    });
  }

  /** 确定合并 on the waiting file. */
  confirm(): Promise<void> {
    const p = this.#pending;
    return p ? this.importContent(p.content, true) : Promise.resolve();
  }

  cancel(): void {
    this.#pending = null;
    this.#message = { ok: true, text: M.cancelled };
  }
}

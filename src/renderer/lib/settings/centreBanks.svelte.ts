import type { CentreStatus } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import { downloadText } from '../app/download';
import { errorText } from '../app/errorText';
import { CENTRE_MESSAGES as M } from '../app/messages';

export type SaveFile = (fileName: string, content: string, type: string) => void;

/** The 管理员 panel in 设置: the administrator PIN, the results CSV and the centre's bank folder. */
export class CentreBanksState {
  readonly #backend: Backend;
  readonly #save: SaveFile;
  #status = $state<CentreStatus | null>(null);
  #message = $state<{ ok: boolean; text: string } | null>(null);
  #busy = $state(false);

  /** The catalogue (chapter counts) follows a new bank by main's `bank:reloaded` event, not by this panel. */
  constructor(backend: Backend, save: SaveFile = downloadText) {
    this.#backend = backend;
    this.#save = save;
  }

  get status() {
    return this.#status;
  }
  get message() {
    return this.#message;
  }
  get busy() {
    return this.#busy;
  }

  async load(): Promise<void> {
    try {
      this.#status = await this.#backend['centre:status'](undefined);
    } catch {
      this.#status = null;
    }
  }

  /**
   * The typed administrator PIN goes with guarded actions; an empty field lets main say a PIN is needed, and a
   * malformed one comes back with the contract's own message (the PIN rule is not repeated here).
   */
  #guard(adminPin: string): { adminPin?: string } {
    return !this.#status?.hasAdminPin || adminPin === '' ? {} : { adminPin };
  }

  async #run(work: () => Promise<string>): Promise<boolean> {
    this.#busy = true;
    this.#message = null;
    try {
      this.#message = { ok: true, text: await work() };
      return true;
    } catch (e) {
      this.#message = { ok: false, text: errorText(e, M.failed) };
      return false;
    } finally {
      this.#busy = false;
    }
  }

  /** `dir` null goes back to the default folder. */
  setFolder(dir: string | null, adminPin: string): Promise<boolean> {
    return this.#run(async () => {
      const r = await this.#backend['centre:setFolder']({ dir, ...this.#guard(adminPin) });
      this.#status = r;
      return r.saved ? M.saved : M.notSaved;
    });
  }

  reload(): Promise<boolean> {
    return this.#run(async () => {
      this.#status = await this.#backend['centre:reload'](undefined);
      return M.reloaded;
    });
  }

  exportCsv(adminPin: string): Promise<boolean> {
    return this.#run(async () => {
      const f = await this.#backend['results:csv'](this.#guard(adminPin));
      this.#save(f.fileName, f.content, 'text/csv;charset=utf-8');
      return M.csvDone(f.rows, f.skipped);
    });
  }

  /** Sets (or with `next` null removes) the administrator PIN; `adminPin` is the current one as typed. */
  savePin(next: string | null, adminPin: string): Promise<boolean> {
    return this.#run(async () => {
      const current = this.#guard(adminPin).adminPin;
      const r = await this.#backend['admin:setPin']({ next, ...(current ? { current } : {}) });
      this.#status = await this.#backend['centre:status'](undefined);
      return r.saved ? M.adminSaved(r.hasAdminPin) : M.adminNotSaved;
    });
  }
}

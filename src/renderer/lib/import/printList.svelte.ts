import type { ExportListName, PrintRow } from '@shared/ipc/contract/export';
import { BackendError, type Backend } from '../backend/backend';
import { EXPORT_MESSAGES as M } from './exportList';

/** The print view of 错题本 / 收藏 / 笔记: the same rows as the export, shown as text for 打印 (print to PDF). */
export class PrintList {
  readonly #backend: Backend;
  readonly list: ExportListName;
  #rows = $state<PrintRow[]>([]);
  #loaded = $state(false);
  #error = $state<string | null>(null);

  constructor(backend: Backend, list: ExportListName) {
    this.#backend = backend;
    this.list = list;
  }
  get rows() {
    return this.#rows;
  }
  get loaded() {
    return this.#loaded;
  }
  get error() {
    return this.#error;
  }

  async load(): Promise<void> {
    try {
      this.#rows = await this.#backend['export:rows']({ list: this.list });
      this.#error = null;
    } catch (e) {
      this.#error = e instanceof BackendError ? e.message : M.failed;
    } finally {
      this.#loaded = true;
    }
  }
}

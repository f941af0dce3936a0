import { SvelteSet } from 'svelte/reactivity';
import type { MistakeEntry, MistakeFilter } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import { errorText } from '../app/errorText';
import { COLLECTION_MESSAGES as M } from './messages';

/**
 * The 错题本 screen: the learner's mistakes under a filter, how many were withdrawn from the bank, which entries are
 * open in place (last answer, key, 解析, 依据), and 从错题本移除.
 */
export class MistakesState {
  readonly #backend: Backend;
  #list = $state<MistakeEntry[]>([]);
  #withdrawn = $state(0);
  #deleted = $state(0);
  #error = $state<string | null>(null);
  #filter: MistakeFilter = {};
  readonly #open = new SvelteSet<string>();
  #removing = $state<string | null>(null);
  #removed = $state<string | null>(null);

  constructor(backend: Backend) {
    this.#backend = backend;
  }

  get list() {
    return this.#list;
  }
  get withdrawn() {
    return this.#withdrawn;
  }
  /** Items of imported banks the learner removed (已删除). */
  get deleted() {
    return this.#deleted;
  }
  get error() {
    return this.#error;
  }
  /** The id being removed right now (its button waits). */
  get removing() {
    return this.#removing;
  }
  /** The stem of the item last removed, for the note that says so. */
  get removed() {
    return this.#removed;
  }

  isOpen(id: string): boolean {
    return this.#open.has(id);
  }

  toggle(id: string): void {
    if (this.#open.has(id)) this.#open.delete(id);
    else this.#open.add(id);
  }

  async load(filter: MistakeFilter = this.#filter): Promise<void> {
    this.#filter = filter;
    try {
      this.#list = await this.#backend['mistakes:list'](filter);
      const gone = await this.#backend['collections:withdrawn'](undefined);
      this.#withdrawn = gone.mistakes;
      this.#deleted = gone.deleted.mistakes;
      this.#error = null;
      for (const id of [...this.#open]) if (!this.#list.some((m) => m.id === id)) this.#open.delete(id);
    } catch (e) {
      this.#error = errorText(e, M.mistakesFailed);
    }
  }

  /** 从错题本移除: the item leaves until it is answered wrongly again; the list is read again under the same filter. */
  async remove(id: string): Promise<void> {
    const stem = this.#list.find((m) => m.id === id)?.stem ?? '';
    this.#removing = id;
    this.#removed = null;
    try {
      await this.#backend['mistakes:remove']({ questionId: id });
      this.#open.delete(id);
      this.#removed = stem;
      await this.load();
    } catch (e) {
      this.#error = errorText(e, M.removeFailed);
    } finally {
      this.#removing = null;
    }
  }
}

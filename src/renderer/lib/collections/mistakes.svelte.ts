import type { MistakeEntry, MistakeFilter } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import { errorText } from '../app/errorText';
import { COLLECTION_MESSAGES as M } from './messages';

/** The 错题本 screen: the learner's mistakes under a filter, and how many of them were withdrawn from the bank. */
export class MistakesState {
  readonly #backend: Backend;
  #list = $state<MistakeEntry[]>([]);
  #withdrawn = $state(0);
  #error = $state<string | null>(null);

  constructor(backend: Backend) {
    this.#backend = backend;
  }

  get list() {
    return this.#list;
  }
  get withdrawn() {
    return this.#withdrawn;
  }
  get error() {
    return this.#error;
  }

  async load(filter: MistakeFilter = {}): Promise<void> {
    try {
      this.#list = await this.#backend['mistakes:list'](filter);
      this.#withdrawn = (await this.#backend['collections:withdrawn'](undefined)).mistakes;
      this.#error = null;
    } catch (e) {
      this.#error = errorText(e, M.mistakesFailed);
    }
  }
}

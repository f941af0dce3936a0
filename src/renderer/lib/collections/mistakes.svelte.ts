import type { MistakeEntry, MistakeFilter } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import { CollectionList } from './collectionList.svelte';
import { COLLECTION_MESSAGES as M } from './messages';

/** The 错题本 screen: the learner's mistakes under a filter (read in main), opened in place, 从错题本移除. */
export class MistakesState extends CollectionList<MistakeEntry> {
  #filter: MistakeFilter = {};

  constructor(backend: Backend) {
    super(backend, { load: M.mistakesFailed, remove: M.removeFailed });
  }

  protected fetch(): Promise<MistakeEntry[]> {
    return this.backend['mistakes:list'](this.#filter);
  }
  protected gone(c: { mistakes: number; deleted: { mistakes: number } }) {
    return { withdrawn: c.mistakes, deleted: c.deleted.mistakes };
  }
  protected async drop(id: string): Promise<void> {
    await this.backend['mistakes:remove']({ questionId: id });
  }

  /** Reads the list under `filter` (by default the last one, so 从错题本移除 keeps it). */
  override load(filter: MistakeFilter = this.#filter): Promise<void> {
    this.#filter = filter;
    return super.load();
  }
}

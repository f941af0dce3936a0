import type { CaseFavouriteEntry } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import { errorText } from '../app/errorText';
import { COLLECTION_MESSAGES as M } from './messages';

/** The 收藏 screen's 实务（中级） cases: starred cases with their notes and self-marks, 再练一次 and 取消收藏. */
export class CaseFavouritesState {
  readonly #backend: Backend;
  #list = $state<CaseFavouriteEntry[]>([]);
  #error = $state<string | null>(null);
  #removing = $state<string | null>(null);
  #removed = $state<string | null>(null);

  constructor(backend: Backend) {
    this.#backend = backend;
  }

  get list(): CaseFavouriteEntry[] {
    return this.#list;
  }
  get error() {
    return this.#error;
  }
  /** The id being taken out right now (its button waits). */
  get removing() {
    return this.#removing;
  }
  /** The title of the case last taken out, for the note that says so. */
  get removed() {
    return this.#removed;
  }

  async load(): Promise<void> {
    try {
      this.#list = await this.#backend['cases:favourites'](undefined);
      this.#error = null;
    } catch (e) {
      this.#error = errorText(e, M.favouritesFailed);
    }
  }

  /** 取消收藏 in main, then reads the list again; a failure says so and keeps the entry. */
  async remove(id: string): Promise<void> {
    const title = this.#list.find((c) => c.id === id)?.title ?? '';
    this.#removing = id;
    this.#removed = null;
    this.#error = null;
    try {
      await this.#backend['collections:setFavourite']({ questionId: id, on: false });
      this.#removed = title;
      await this.load();
    } catch (e) {
      this.#error = errorText(e, M.unstarFailed);
    } finally {
      this.#removing = null;
    }
  }
}

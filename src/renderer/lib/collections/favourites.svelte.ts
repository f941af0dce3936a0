import type { FavouriteEntry } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import { errorText } from '../app/errorText';
import { COLLECTION_MESSAGES as M } from './messages';

/** The 收藏 screen: starred items with their notes, and how many of the learner's starred items were withdrawn. */
export class FavouritesState {
  readonly #backend: Backend;
  #list = $state<FavouriteEntry[]>([]);
  #withdrawn = $state(0);
  #deleted = $state(0);
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
  /** Items of imported banks the learner removed (已删除). */
  get deleted() {
    return this.#deleted;
  }
  get error() {
    return this.#error;
  }

  async load(): Promise<void> {
    try {
      this.#list = await this.#backend['collections:favourites'](undefined);
      const gone = await this.#backend['collections:withdrawn'](undefined);
      this.#withdrawn = gone.favourites;
      this.#deleted = gone.deleted.favourites;
    } catch (e) {
      this.#error = errorText(e, M.favouritesFailed);
    }
  }

  async unstar(id: string): Promise<void> {
    this.#error = null;
    try {
      await this.#backend['collections:setFavourite']({ questionId: id, on: false });
      this.#list = this.#list.filter((f) => f.id !== id);
    } catch (e) {
      this.#error = errorText(e, M.unstarFailed);
    }
  }
}

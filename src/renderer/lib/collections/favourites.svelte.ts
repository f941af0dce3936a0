import type { FavouriteEntry } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import { CollectionList } from './collectionList.svelte';
import { filterFavourites, type FavouriteFilter } from './favouriteFilter';
import { COLLECTION_MESSAGES as M } from './messages';

/** The 收藏 screen: starred items with their notes, opened in place, filtered, and 取消收藏. */
export class FavouritesState extends CollectionList<FavouriteEntry> {
  #filter = $state<FavouriteFilter>({});
  readonly #shown = $derived(filterFavourites(this.list, this.#filter));

  constructor(backend: Backend) {
    super(backend, { load: M.favouritesFailed, remove: M.unstarFailed });
  }

  protected fetch(): Promise<FavouriteEntry[]> {
    return this.backend['collections:favourites'](undefined);
  }
  protected gone(c: { favourites: number; deleted: { favourites: number } }) {
    return { withdrawn: c.favourites, deleted: c.deleted.favourites };
  }
  protected async drop(id: string): Promise<void> {
    await this.backend['collections:setFavourite']({ questionId: id, on: false });
  }

  get filter(): FavouriteFilter {
    return this.#filter;
  }
  /** Filters the list in place (no read from main). */
  set filter(filter: FavouriteFilter) {
    this.#filter = filter;
  }
  /** The entries that pass the filter. */
  get shown(): FavouriteEntry[] {
    return this.#shown;
  }
}

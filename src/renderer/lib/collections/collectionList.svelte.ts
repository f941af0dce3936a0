import { SvelteSet } from 'svelte/reactivity';
import type { ItemDetail, ListedQuestion } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import { errorText } from '../app/errorText';

/** The texts a list shows when reading it or taking an entry out of it fails. */
export interface ListFailures {
  readonly load: string;
  readonly remove: string;
}

/**
 * What the 错题本 and the 收藏 share: the list as read from main, how many of the learner's items left the bank
 * (已下架 / 已删除), which entries are open in place, and taking one entry out (从错题本移除, 取消收藏), after which the
 * list is read again.
 */
export abstract class CollectionList<T extends ListedQuestion & ItemDetail> {
  protected readonly backend: Backend;
  readonly #failures: ListFailures;
  #list = $state<T[]>([]);
  #withdrawn = $state(0);
  #deleted = $state(0);
  #error = $state<string | null>(null);
  #loaded = $state(false);
  readonly #open = new SvelteSet<string>();
  #removing = $state<string | null>(null);
  #removed = $state<string | null>(null);

  constructor(backend: Backend, failures: ListFailures) {
    this.backend = backend;
    this.#failures = failures;
  }

  /** Reads the entries from main. */
  protected abstract fetch(): Promise<T[]>;
  /** Of the items that left the bank, how many were in this list: withdrawn by an update, deleted with an imported bank. */
  protected abstract gone(counts: { mistakes: number; favourites: number; deleted: { mistakes: number; favourites: number } }): {
    withdrawn: number;
    deleted: number;
  };
  /** Takes one entry out of the list in main. */
  protected abstract drop(id: string): Promise<void>;

  get list(): T[] {
    return this.#list;
  }
  /** False until the first read has answered (so an empty list is not announced before it is known). */
  get loaded() {
    return this.#loaded;
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
  /** The id being taken out right now (its button waits). */
  get removing() {
    return this.#removing;
  }
  /** The stem of the item last taken out, for the note that says so. */
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

  async load(): Promise<void> {
    try {
      this.#list = await this.fetch();
      const gone = this.gone(await this.backend['collections:withdrawn'](undefined));
      this.#withdrawn = gone.withdrawn;
      this.#deleted = gone.deleted;
      this.#error = null;
      for (const id of [...this.#open]) if (!this.#list.some((m) => m.id === id)) this.#open.delete(id);
    } catch (e) {
      this.#error = errorText(e, this.#failures.load);
    } finally {
      this.#loaded = true;
    }
  }

  /** Takes the entry out in main, then reads the list again; a failure says so and keeps the entry. */
  async remove(id: string): Promise<void> {
    const stem = this.#list.find((m) => m.id === id)?.stem ?? '';
    this.#removing = id;
    this.#removed = null;
    this.#error = null;
    try {
      await this.drop(id);
      this.#open.delete(id);
      this.#removed = stem;
      await this.load();
    } catch (e) {
      this.#error = errorText(e, this.#failures.remove);
    } finally {
      this.#removing = null;
    }
  }
}

import type { ReadItem, ReadSource } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import { errorText } from '../app/errorText';
import { READ_MESSAGES as M } from './messages';

export type ReadPhase = 'loading' | 'empty' | 'reading' | 'done';

/**
 * 背题模式: go through a list with the key and 解析 shown, mark 记住了 / 没记住, and keep the place. Reading never
 * counts as an answer (main's `read:mark` writes only the place and the mark).
 */
export class ReadSession {
  readonly #backend: Backend;
  #items = $state<ReadItem[]>([]);
  #index = $state(0);
  #phase = $state<ReadPhase>('loading');
  #message = $state<string | null>(null);
  #busy = $state(false);
  /** This visit's marks, by item id (true = 记住了). */
  #marks = $state<Record<string, boolean>>({});
  /** Writes go one after another, so the place kept is the last one reached even when keys come quickly. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    backend: Backend,
    readonly source: ReadSource,
    private readonly onUnsaved: () => void = () => {},
    /** Called whenever the item on screen changes or is marked (read-aloud stops there). */
    private readonly onMove: () => void = () => {},
  ) {
    this.#backend = backend;
  }

  get phase() {
    return this.#phase;
  }
  get items() {
    return this.#items;
  }
  get index() {
    return this.#index;
  }
  get current(): ReadItem | undefined {
    return this.#items[this.#index];
  }
  get message() {
    return this.#message;
  }
  get busy() {
    return this.#busy;
  }
  get isFirst(): boolean {
    return this.#index === 0;
  }
  get isLast(): boolean {
    return this.#index >= this.#items.length - 1;
  }
  /** This visit's mark for the item on screen: true, false, or undefined when not marked yet. */
  get mark(): boolean | undefined {
    const q = this.current;
    return q ? this.#marks[q.id] : undefined;
  }
  get tally(): { remembered: number; not: number } {
    const v = Object.values(this.#marks);
    return { remembered: v.filter(Boolean).length, not: v.filter((x) => !x).length };
  }

  /** Resolves once every place and mark sent so far has been written (or has failed). */
  get settled(): Promise<void> {
    return this.#queue.then(() => undefined);
  }

  #write(questionId: string, remembered: boolean | null): Promise<{ saved: boolean }> {
    const p = this.#queue.then(() => this.#backend['read:mark']({ source: this.source, questionId, remembered }));
    this.#queue = p.catch(() => undefined);
    return p;
  }

  /** Opens the list at the place last reached (the first item the first time). */
  async start(): Promise<void> {
    this.#phase = 'loading';
    try {
      const { items, place } = await this.#backend['read:start'](this.source);
      this.#items = items;
      const at = place === null ? -1 : items.findIndex((i) => i.id === place);
      this.#index = Math.max(0, at);
      this.#phase = items.length ? 'reading' : 'empty';
    } catch (e) {
      this.#message = errorText(e, M.loadFailed);
      this.#phase = 'empty';
    }
  }

  /** 记住了 (true) / 没记住 (false): saved, then on to the next item. On failure the learner stays to try again. */
  async markCurrent(remembered: boolean): Promise<void> {
    const q = this.current;
    if (this.#phase !== 'reading' || !q || this.#busy) return;
    this.onMove();
    this.#busy = true;
    this.#message = null;
    try {
      const { saved } = await this.#write(q.id, remembered);
      if (!saved) this.onUnsaved();
      this.#marks = { ...this.#marks, [q.id]: remembered };
      this.#items = this.#items.map((i) => (i.id === q.id ? { ...i, unremembered: !remembered } : i));
    } catch (e) {
      this.#message = errorText(e, M.saveFailed);
      return;
    } finally {
      this.#busy = false;
    }
    await this.next();
  }

  /** 下一题 (after the last: the end of the list). The place is kept as the item reached. */
  async next(): Promise<void> {
    if (this.#phase !== 'reading') return;
    if (this.isLast) {
      this.onMove();
      this.#phase = 'done';
      return;
    }
    await this.#go(this.#index + 1);
  }

  async prev(): Promise<void> {
    if (this.#phase !== 'reading' || this.isFirst) return;
    await this.#go(this.#index - 1);
  }

  /** From the end, read the list again from its first item. */
  async again(): Promise<void> {
    if (this.#phase !== 'done' || !this.#items.length) return;
    this.#phase = 'reading';
    this.#marks = {};
    await this.#go(0);
  }

  async #go(index: number): Promise<void> {
    this.onMove();
    this.#index = index;
    this.#message = null;
    const q = this.current!;
    try {
      const { saved } = await this.#write(q.id, null);
      if (!saved) this.onUnsaved();
    } catch (e) {
      // Moving on still works; only the place may not be kept.
      this.#message = errorText(e, M.saveFailed);
    }
  }

  /** Keyboard: Y 记住了, N 没记住, ← 上一题, → (or Enter at the end) 下一题. Returns true when handled. */
  handleKey(key: string): boolean {
    if (this.#phase !== 'reading') return false;
    if (key === 'y' || key === 'Y') void this.markCurrent(true);
    else if (key === 'n' || key === 'N') void this.markCurrent(false);
    else if (key === 'ArrowRight') void this.next();
    else if (key === 'ArrowLeft') void this.prev();
    else return false;
    return true;
  }
}

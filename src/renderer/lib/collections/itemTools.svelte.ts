import type { Backend } from '../backend/backend';
import { errorText } from '../app/errorText';
import { COLLECTION_MESSAGES as M } from './messages';

/** ☆ 收藏 and a note for one item, wherever an item is shown after answering (practice feedback, mock-exam review). */
export class ItemToolsState {
  readonly #backend: Backend;
  readonly questionId: string;
  #favourite = $state(false);
  #note = $state('');
  #saved = $state(false);
  #error = $state<string | null>(null);

  constructor(backend: Backend, questionId: string, favourite: boolean, note: string) {
    this.#backend = backend;
    this.questionId = questionId;
    this.#favourite = favourite;
    this.#note = note;
  }

  /** The note as being typed; saved by saveNote(). Typing clears the 已保存 mark. */
  get note() {
    return this.#note;
  }
  set note(text: string) {
    this.#note = text;
    this.#saved = false;
  }

  get favourite() {
    return this.#favourite;
  }
  get saved() {
    return this.#saved;
  }
  get error() {
    return this.#error;
  }

  async #run(work: () => Promise<void>): Promise<void> {
    this.#error = null;
    try {
      await work();
    } catch (e) {
      this.#error = errorText(e, M.saveFailed);
    }
  }

  toggle(): Promise<void> {
    return this.#run(async () => {
      const r = await this.#backend['collections:setFavourite']({ questionId: this.questionId, on: !this.#favourite });
      this.#favourite = r.favourite;
    });
  }

  saveNote(): Promise<void> {
    return this.#run(async () => {
      this.#note = (await this.#backend['collections:setNote']({ questionId: this.questionId, text: this.#note })).note;
      this.#saved = true;
    });
  }
}

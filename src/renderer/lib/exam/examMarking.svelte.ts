import type { ExamResult } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import { errorText } from '../app/errorText';

import { EXAM_MESSAGES as M } from './messages';

export type ResultItem = ExamResult['items'][number];

/**
 * A submitted paper's result and the self-marking of its cases. While a case is unmarked, ticks are a local draft and
 * "这题评分完成" records them (an empty draft records 0 points). Once marked, each tick is saved at once, in order.
 */
export class ExamMarking {
  readonly #backend: Backend;
  #result = $state<ExamResult | null>(null);
  #drafts = $state.raw<Record<string, number[][]>>({});
  #message = $state<string | null>(null);
  #saving = $state<string | null>(null);
  #collections = $state<Record<string, { favourite: boolean; note: string }>>({});
  // Not reactive on purpose: which cases were open when the result loaded (read once, never rendered).
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #openAtLoad = new Set<string>();
  #queue: Promise<void> = Promise.resolve();

  constructor(
    backend: Backend,
    readonly id: string,
  ) {
    this.#backend = backend;
  }

  get result() {
    return this.#result;
  }
  /** 收藏 and notes of the paper's objective items, so any of them can be starred or annotated while reviewing. */
  get collections() {
    return this.#collections;
  }
  get message() {
    return this.#message;
  }
  /** The case whose mark is being saved, if any. */
  get saving() {
    return this.#saving;
  }
  /** Cases marked so far (pendingMarks comes from the service, which owns the rule). */
  get markedCount(): number {
    const r = this.#result;
    return r ? r.caseCount - r.pendingMarks : 0;
  }

  async load(): Promise<void> {
    try {
      const r = await this.#backend['exam:result']({ id: this.id });
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      this.#openAtLoad = new Set(r.items.filter((i) => i.outcome === 'unmarked').map((i) => i.id));
      this.#result = r;
    } catch (e) {
      this.#message = errorText(e, M.resultFailed);
      return;
    }
    const ids = this.#result.items.filter((i) => i.type !== 'case').map((i) => i.id);
    // Without them the result still shows; the stars just start empty.
    if (ids.length) this.#collections = await this.#backend['collections:state']({ ids }).catch(() => ({}));
  }

  /** Unmarked cases start open, so the marking is in view; the rest start closed. */
  startsOpen(itemId: string): boolean {
    return this.#openAtLoad.has(itemId);
  }

  isMarked(it: ResultItem): boolean {
    return it.outcome === 'marked';
  }

  /** The ticks shown: the learner's latest (draft or not yet saved), else the stored mark. */
  covered(it: ResultItem): number[][] {
    const c = this.#drafts[it.id] ?? (this.isMarked(it) ? it.covered : []);
    return it.points.map((_, i) => [...(c[i] ?? [])]);
  }

  isTicked(it: ResultItem, q: number, p: number): boolean {
    return this.covered(it)[q]?.includes(p) ?? false;
  }

  /** The sum of the ticked points, shown before the mark is recorded (main scores the recorded mark itself). */
  tickedScore(it: ResultItem): number {
    const c = this.covered(it);
    return it.points.reduce((s, q, i) => s + q.points.reduce((t, p, j) => t + (c[i]?.includes(j) ? p.score : 0), 0), 0);
  }

  toggle(it: ResultItem, q: number, p: number): Promise<void> {
    const next = this.covered(it);
    const row = next[q];
    if (!row) return Promise.resolve();
    next[q] = row.includes(p) ? row.filter((x) => x !== p) : [...row, p].sort((a, b) => a - b);
    this.#drafts = { ...this.#drafts, [it.id]: next };
    return this.isMarked(it) ? this.#save(it.id, next) : Promise.resolve();
  }

  /** 这题评分完成: records the ticks, or a mark of 0 when nothing is ticked. */
  finish(it: ResultItem): Promise<void> {
    return this.#save(it.id, this.covered(it));
  }

  /** Saves go one after another, so a quick second tick never lands before the first. */
  #save(questionId: string, covered: number[][]): Promise<void> {
    this.#queue = this.#queue.then(async () => {
      this.#saving = questionId;
      try {
        this.#result = await this.#backend['exam:caseMark']({ id: this.id, questionId, covered });
        this.#message = null;
        // The draft is done with once saved, unless the learner ticked again meanwhile (that save is queued).
        if (JSON.stringify(this.#drafts[questionId]) === JSON.stringify(covered)) {
          this.#drafts = Object.fromEntries(Object.entries(this.#drafts).filter(([k]) => k !== questionId));
        }
      } catch (e) {
        this.#message = errorText(e, M.markSaveFailed);
      } finally {
        this.#saving = null;
      }
    });
    return this.#queue;
  }
}

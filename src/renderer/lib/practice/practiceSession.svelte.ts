import type { OptionKey, SubjectId } from '@shared/bank/schema';
import type { AnswerMode } from '@shared/ipc/contract';
import type { Feedback, PublicQuestion } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import { errorText } from '../app/errorText';
import { afterPaint } from '../app/afterPaint';

import { PRACTICE_MESSAGES } from './messages';
import { SAVER_MESSAGES, type AnswerSaver, type EarlyVerdict } from './earlyVerdict.svelte';

/**
 * answering: choosing on an item not answered yet; saving: the answer is on its way to the log; feedback: the key and
 * 解析 of the item on screen (instant feedback); answered: an item already answered in a batch set, shown without its
 * key until the set is done; summary: the end of the set (in batch mode the review of the whole set).
 */
export type Phase = 'loading' | 'empty' | 'answering' | 'saving' | 'feedback' | 'answered' | 'summary';

/** Where a set of questions comes from. */
export type PracticeSource =
  | { kind: 'chapter'; subject: SubjectId; chapter: string }
  | { kind: 'today'; extraNew?: number }
  | { kind: 'ids'; ids: string[]; mode: 'mistakes' | 'favourites' };

function modeOf(source: PracticeSource): AnswerMode {
  return source.kind === 'chapter' ? 'practice' : source.kind === 'today' ? 'today' : source.mode;
}

export interface PracticeResult {
  question: PublicQuestion;
  choice: OptionKey[];
  feedback: Feedback;
}

/** How a set is practised (from the learner's settings). */
export interface PracticeOptions {
  /** 做完一组再看答案: no key until the end; `size` items in a chapter set. */
  batch?: { size: number } | null;
  /** Batch: a 单选 is confirmed (and the next item shown) as soon as it is chosen. */
  autoNextSingle?: boolean;
  /** Instant feedback: after a right answer, move on by itself after AUTO_NEXT_MS. */
  autoNextWhenRight?: boolean;
  /** Runs `fn` after `ms` (tests pass their own). */
  schedule?: (fn: () => void, ms: number) => void;
  /**
   * The verdict before the durable write (earlyVerdict.svelte.ts, issue 14): keys fetched a page ahead score the
   * answer at once while `saver` records it (retrying with an attempt id). Absent, each verdict waits for main.
   */
  early?: EarlyVerdict;
  saver?: AnswerSaver;
}

/** How long a right answer stays on screen before 答对自动下一题 moves on. */
export const AUTO_NEXT_MS = 1200;

/** One cell of the 答题卡. */
export interface CellState {
  answered: boolean;
  current: boolean;
  marked: boolean;
  /** Known only once the key may be shown (instant feedback, or the batch review). */
  correct: boolean | null;
}

const KEYS: readonly OptionKey[] = ['A', 'B', 'C', 'D', 'E'];

/**
 * One practice set: instant feedback (answer, see the key and 解析 at once) or a batch (answer all, then one review).
 * Every answer goes to the log through `#record` the moment it is confirmed, so a crash loses nothing.
 */
export class PracticeSession {
  readonly #backend: Backend;
  readonly #clock: () => number;
  readonly #options: PracticeOptions;
  #questions = $state<PublicQuestion[]>([]);
  #index = $state(0);
  #selected = $state<OptionKey[]>([]);
  #phase = $state<Phase>('loading');
  /** The answer to each question, by position in the set. */
  #answers = $state<(PracticeResult | undefined)[]>([]);
  #marked = $state<number[]>([]);
  #message = $state<string | null>(null);
  #guessed = $state(false);
  #shownAt = 0;
  // Read by every 答题卡 cell: kept as booleans that change only when they flip, so that 提交 (answering → feedback)
  // redraws only the answered cell, not the whole card (issue 14: the verdict's frame).
  readonly #saving = $derived(this.#phase === 'saving');
  readonly #inSummary = $derived(this.#phase === 'summary');
  readonly #keyShown = $derived(!this.batch || this.#inSummary);
  readonly #results = $derived(this.#answers.filter((r): r is PracticeResult => r !== undefined));

  constructor(
    backend: Backend,
    readonly source: PracticeSource,
    clock: () => number = () => performance.now(),
    private readonly onUnsaved: () => void = () => {},
    options: PracticeOptions = {},
  ) {
    this.#backend = backend;
    this.#clock = clock;
    this.#options = options;
  }

  get mode(): AnswerMode {
    return modeOf(this.source);
  }
  /** 做完一组再看答案. */
  get batch(): boolean {
    return !!this.#options.batch;
  }
  get guessed() {
    return this.#guessed;
  }
  /** Questions still to answer in this set. */
  get remaining(): number {
    return this.#questions.length - this.results.length;
  }
  get answeredCount(): number {
    return this.results.length;
  }

  get phase() {
    return this.#phase;
  }
  /** An answer is on its way and its verdict is not known yet (the 答题卡 and 标记 wait). */
  get saving(): boolean {
    return this.#saving;
  }
  get questions() {
    return this.#questions;
  }
  get index() {
    return this.#index;
  }
  get current(): PublicQuestion | undefined {
    return this.#questions[this.#index];
  }
  /** The choice on screen: the draft while answering, the confirmed answer afterwards. */
  get selected(): readonly OptionKey[] {
    return this.#answers[this.#index]?.choice ?? this.#selected;
  }
  /** The key and 解析 of the item on screen, when they may be shown. */
  get feedback(): Feedback | null {
    return this.#phase === 'feedback' ? (this.#answers[this.#index]?.feedback ?? null) : null;
  }
  /** The answers given, in the order of the set. */
  get results(): PracticeResult[] {
    return this.#results;
  }
  get message() {
    return this.#message;
  }
  get isLast(): boolean {
    return this.#index >= this.#questions.length - 1;
  }
  /** True when every item of the set has an answer. */
  get complete(): boolean {
    return this.#questions.length > 0 && this.remaining === 0;
  }
  get marked(): boolean {
    return this.#marked.includes(this.#index);
  }
  get score(): { right: number; points: number; max: number } {
    const results = this.results;
    return {
      right: results.filter((r) => r.feedback.correct).length,
      points: results.reduce((s, r) => s + r.feedback.score, 0),
      max: results.reduce((s, r) => s + r.feedback.maxScore, 0),
    };
  }

  /** The 答题卡 cell of question `i`. */
  stateOf(i: number): CellState {
    const r = this.#answers[i];
    const keyShown = this.#keyShown;
    return {
      answered: r !== undefined,
      current: i === this.#index && !this.#inSummary,
      marked: this.#marked.includes(i),
      correct: r && keyShown ? r.feedback.correct : null,
    };
  }

  async start(): Promise<void> {
    try {
      const src = this.source;
      const limit = this.#options.batch?.size;
      const { questions } =
        src.kind === 'chapter'
          ? await this.#backend['practice:start']({ subject: src.subject, chapter: src.chapter, ...(limit ? { limit } : {}) })
          : src.kind === 'today'
            ? await this.#backend['today:start'](src.extraNew ? { extraNew: src.extraNew } : undefined)
            : await this.#backend['practice:questions']({ ids: src.ids });
      this.#questions = questions;
      this.#answers = questions.map(() => undefined);
      this.#options.early?.prepare(questions.map((x) => x.id));
      this.#index = 0;
      this.#phase = questions.length ? 'answering' : 'empty';
      this.#shownAt = this.#clock();
    } catch (e) {
      this.#message = errorText(e, PRACTICE_MESSAGES.empty);
      this.#phase = 'empty';
    }
  }

  /** Single choice: pick (or clear) the option. Multiple choice: toggle it. */
  toggle(key: OptionKey): void {
    const q = this.current;
    if (this.#phase !== 'answering' || !q || !q.options.some((o) => o.key === key)) return;
    this.#message = null;
    if (q.type === 'single') this.#selected = this.#selected[0] === key ? [] : [key];
    else
      this.#selected = this.#selected.includes(key)
        ? this.#selected.filter((k) => k !== key)
        : KEYS.filter((k) => k === key || this.#selected.includes(k));
    if (this.batch && q.type === 'single' && this.#options.autoNextSingle && this.#selected.length) void this.submit();
  }

  /** 提交答案 (instant) / 确认 (batch): records the answer, then shows the key or moves on. */
  async submit(): Promise<void> {
    const q = this.current;
    if (this.#phase !== 'answering' || !q) return;
    if (this.#selected.length === 0) {
      this.#message = PRACTICE_MESSAGES.chooseFirst;
      return;
    }
    this.#phase = 'saving';
    const at = this.#index;
    const choice = [...this.#selected];
    // The early verdict comes back synchronously (no await: the verdict is painted in the same frame as 提交).
    const recorded = this.#record(q, choice, at);
    const feedback = recorded instanceof Promise ? await recorded : recorded;
    if (!feedback) {
      // The answer was not saved: stay on the question so the learner can submit again.
      this.#phase = 'answering';
      return;
    }
    this.#answers[at] = { question: q, choice, feedback };
    if (!this.batch) {
      this.#phase = 'feedback';
      if (feedback.correct && this.#options.autoNextWhenRight) {
        const schedule = this.#options.schedule ?? ((fn, ms) => void setTimeout(fn, ms));
        schedule(() => {
          if (this.#phase === 'feedback' && this.#index === at) this.next();
        }, AUTO_NEXT_MS);
      }
      return;
    }
    const nextOpen = this.#nextUnanswered(at);
    if (nextOpen === undefined) this.#phase = 'summary';
    else this.#show(nextOpen);
  }

  /**
   * The one answer path of the session: sends the answer to the log and returns the scored feedback, or undefined
   * (with the message set) when it could not be saved. With the key already here (`early`), returns the verdict at
   * once and lets `saver` record it behind it; main's feedback (grade, next review) then replaces it at `at`.
   */
  #record(q: PublicQuestion, choice: OptionKey[], at: number): Feedback | Promise<Feedback | undefined> {
    const args = {
      questionId: q.id,
      choice,
      responseMs: Math.max(0, Math.round(this.#clock() - this.#shownAt)),
      mode: this.mode,
      guessed: this.#guessed,
    };
    const { early, saver } = this.#options;
    const verdict = early && saver ? early.verdict(q, choice) : null;
    if (verdict && saver) {
      saver.save(args).then(
        (feedback) => {
          if (!feedback.saved) this.onUnsaved();
          // Main's reply (grade, next review) can come back before the verdict's frame is drawn: it is applied after
          // that frame, so its update never holds the verdict back.
          afterPaint(() => {
            const r = this.#answers[at];
            if (r && r.question.id === q.id) this.#answers[at] = { ...r, feedback };
          });
        },
        (e: unknown) => {
          this.#message = SAVER_MESSAGES.refused(errorText(e, PRACTICE_MESSAGES.saveFailed));
        },
      );
      return verdict;
    }
    return this.#backend['practice:answer'](args).then(
      (feedback) => {
        if (!feedback.saved) this.onUnsaved();
        return feedback;
      },
      (e: unknown) => {
        this.#message = errorText(e, PRACTICE_MESSAGES.saveFailed);
        return undefined;
      },
    );
  }

  /** The next unanswered item after `from`, wrapping round; undefined when all are answered. */
  #nextUnanswered(from: number): number | undefined {
    const n = this.#questions.length;
    for (let step = 1; step <= n; step++) {
      const i = (from + step) % n;
      if (!this.#answers[i]) return i;
    }
    return undefined;
  }

  #show(i: number): void {
    this.#index = i;
    this.#options.early?.ahead(i);
    this.#selected = [];
    this.#guessed = false;
    this.#message = null;
    this.#phase = this.#answers[i] ? (this.batch ? 'answered' : 'feedback') : 'answering';
    this.#shownAt = this.#clock();
  }

  /** 下一题: the next item not answered yet (wrapping round); when every item is answered, the summary. */
  next(): void {
    if (this.#phase !== 'feedback' && this.#phase !== 'answered') return;
    const open = this.#nextUnanswered(this.#index);
    if (open === undefined) this.#phase = 'summary';
    else this.#show(open);
  }

  /** The 答题卡: go to question `i` (not while an answer is being saved, nor once the set is done). */
  go(i: number): void {
    if (i < 0 || i >= this.#questions.length || this.#phase === 'saving' || this.#phase === 'summary') return;
    this.#show(i);
  }

  /** 标记 the item on screen (to come back to). */
  toggleMark(): void {
    if (this.#phase === 'summary' || this.#phase === 'loading' || this.#phase === 'empty') return;
    const i = this.#index;
    this.#marked = this.#marked.includes(i) ? this.#marked.filter((m) => m !== i) : [...this.#marked, i];
  }

  /** 交卷看答案: ends a batch set now (items left unanswered are simply not in the review). */
  finish(): void {
    if (this.#phase === 'saving' || this.#phase === 'loading' || this.#phase === 'empty') return;
    this.#phase = 'summary';
  }

  toggleGuessed(): void {
    if (this.#phase === 'answering') this.#guessed = !this.#guessed;
  }

  /** Keyboard: 1–5 or A–E choose, Enter submits (or moves on), → moves on, M marks. Returns true when handled. */
  handleKey(key: string): boolean {
    if (this.#phase === 'answering') {
      const byDigit = /^[1-5]$/.test(key) ? KEYS[Number(key) - 1] : undefined;
      const byLetter = /^[a-eA-E]$/.test(key) ? (key.toUpperCase() as OptionKey) : undefined;
      const k = byDigit ?? byLetter;
      if (k) {
        this.toggle(k);
        return true;
      }
      if (key === 'Enter') {
        void this.submit();
        return true;
      }
      if (key === 'g' || key === 'G') {
        this.toggleGuessed();
        return true;
      }
    } else if ((this.#phase === 'feedback' || this.#phase === 'answered') && (key === 'Enter' || key === 'ArrowRight')) {
      this.next();
      return true;
    }
    if ((key === 'm' || key === 'M') && this.#phase !== 'summary') {
      this.toggleMark();
      return true;
    }
    return false;
  }
}

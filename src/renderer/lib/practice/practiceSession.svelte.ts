import type { OptionKey, SubjectId } from '@shared/bank/schema';
import type { AnswerMode } from '@shared/ipc/contract';
import type { Feedback, PublicQuestion } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import { errorText } from '../app/errorText';

import { PRACTICE_MESSAGES } from './messages';
import { SAVER_MESSAGES, type AnswerSaver, type EarlyVerdict } from './earlyVerdict.svelte';

export type Phase = 'loading' | 'empty' | 'answering' | 'saving' | 'feedback' | 'summary';

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

const KEYS: readonly OptionKey[] = ['A', 'B', 'C', 'D', 'E'];

/** One chapter-practice set: answer, see the key and 解析 at once, then a summary. */
export class PracticeSession {
  readonly #backend: Backend;
  readonly #clock: () => number;
  #questions = $state<PublicQuestion[]>([]);
  #index = $state(0);
  #selected = $state<OptionKey[]>([]);
  #phase = $state<Phase>('loading');
  #feedback = $state<Feedback | null>(null);
  #results = $state<PracticeResult[]>([]);
  #message = $state<string | null>(null);
  #guessed = $state(false);
  #shownAt = 0;

  constructor(
    backend: Backend,
    readonly source: PracticeSource,
    clock: () => number = () => performance.now(),
    private readonly onUnsaved: () => void = () => {},
    /** The verdict before the durable write (earlyVerdict.svelte.ts); absent, each verdict waits for main. */
    private readonly fast?: { early: EarlyVerdict; saver: AnswerSaver },
  ) {
    this.#backend = backend;
    this.#clock = clock;
  }

  get mode(): AnswerMode {
    return modeOf(this.source);
  }
  get guessed() {
    return this.#guessed;
  }
  /** Questions still to answer in this set, the current one included. */
  get remaining(): number {
    return this.#questions.length - this.#index - (this.#phase === 'feedback' || this.#phase === 'summary' ? 1 : 0);
  }

  get phase() {
    return this.#phase;
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
  get selected(): readonly OptionKey[] {
    return this.#selected;
  }
  get feedback() {
    return this.#feedback;
  }
  get results() {
    return this.#results;
  }
  get message() {
    return this.#message;
  }
  get isLast(): boolean {
    return this.#index >= this.#questions.length - 1;
  }
  get score(): { right: number; points: number; max: number } {
    return {
      right: this.#results.filter((r) => r.feedback.correct).length,
      points: this.#results.reduce((s, r) => s + r.feedback.score, 0),
      max: this.#results.reduce((s, r) => s + r.feedback.maxScore, 0),
    };
  }

  async start(): Promise<void> {
    try {
      const src = this.source;
      const { questions } =
        src.kind === 'chapter'
          ? await this.#backend['practice:start']({ subject: src.subject, chapter: src.chapter })
          : src.kind === 'today'
            ? await this.#backend['today:start'](src.extraNew ? { extraNew: src.extraNew } : undefined)
            : await this.#backend['practice:questions']({ ids: src.ids });
      this.#questions = questions;
      this.fast?.early.prepare(questions.map((x) => x.id));
      this.#index = 0;
      this.#results = [];
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
  }

  async submit(): Promise<void> {
    const q = this.current;
    if (this.#phase !== 'answering' || !q) return;
    if (this.#selected.length === 0) {
      this.#message = PRACTICE_MESSAGES.chooseFirst;
      return;
    }
    this.#phase = 'saving';
    const choice = [...this.#selected];
    const args = {
      questionId: q.id,
      choice,
      responseMs: Math.max(0, Math.round(this.#clock() - this.#shownAt)),
      mode: this.mode,
      guessed: this.#guessed,
    };
    // Issue 14: the verdict at once from the key fetched ahead; main's feedback replaces it when the write is done.
    const early = this.fast?.early.verdict(q, choice);
    if (this.fast && early) {
      const at = this.#results.length;
      this.#feedback = early;
      this.#results = [...this.#results, { question: q, choice, feedback: early }];
      this.#phase = 'feedback';
      this.fast.saver.save(args).then(
        (feedback) => {
          this.#results = this.#results.map((r, i) => (i === at ? { ...r, feedback } : r));
          if (this.#phase === 'feedback' && this.#results.length - 1 === at) this.#feedback = feedback;
          if (!feedback.saved) this.onUnsaved();
        },
        (e: unknown) => {
          this.#message = SAVER_MESSAGES.refused(errorText(e, PRACTICE_MESSAGES.saveFailed));
        },
      );
      return;
    }
    try {
      const feedback = await this.#backend['practice:answer'](args);
      this.#feedback = feedback;
      this.#results = [...this.#results, { question: q, choice, feedback }];
      this.#phase = 'feedback';
      if (!feedback.saved) this.onUnsaved();
    } catch (e) {
      // The answer was not saved: stay on the question so the learner can submit again.
      this.#message = errorText(e, PRACTICE_MESSAGES.saveFailed);
      this.#phase = 'answering';
    }
  }

  next(): void {
    if (this.#phase !== 'feedback') return;
    if (this.isLast) {
      this.#phase = 'summary';
      return;
    }
    this.#index += 1;
    this.fast?.early.ahead(this.#index);
    this.#selected = [];
    this.#guessed = false;
    this.#feedback = null;
    this.#message = null;
    this.#phase = 'answering';
    this.#shownAt = this.#clock();
  }

  toggleGuessed(): void {
    if (this.#phase === 'answering') this.#guessed = !this.#guessed;
  }

  /** Keyboard: 1–5 or A–E choose, Enter submits (or moves on), → moves on. Returns true when handled. */
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
    } else if (this.#phase === 'feedback' && (key === 'Enter' || key === 'ArrowRight')) {
      this.next();
      return true;
    }
    return false;
  }
}

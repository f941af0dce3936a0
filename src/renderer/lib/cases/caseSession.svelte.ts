import type { SubjectId } from '@shared/bank/schema';
import type { CaseReference, CaseResult, StartedCase } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import { errorText } from '../app/errorText';
import { CASE_MESSAGES } from './messages';

/** How long typing must pause before the draft is saved. */
export const DRAFT_DEBOUNCE_MS = 800;

export type CasePhase = 'loading' | 'empty' | 'writing' | 'marking' | 'saved';

/** Case practice: write answers, reveal the reference points, tick what was covered, save the self-mark. */
export class CaseSession {
  readonly #backend: Backend;
  #cases = $state<StartedCase[]>([]);
  #index = $state(0);
  #answers = $state<string[]>([]);
  #covered = $state<number[][]>([]);
  #reference = $state<CaseReference | null>(null);
  #result = $state<CaseResult | null>(null);
  #phase = $state<CasePhase>('loading');
  #message = $state<string | null>(null);
  /** The answers as last saved as a draft (JSON), to know whether what is on screen is kept. */
  #savedDraft = '';
  #draftTimer: ReturnType<typeof setTimeout> | null = null;
  #draftSaving: Promise<boolean> | null = null;
  #draftState = $state<'saved' | 'pending' | 'saving' | 'failed'>('saved');
  #restored = $state(false);

  constructor(
    backend: Backend,
    readonly subject: SubjectId,
    readonly chapter: string,
    private readonly onUnsaved: () => void = () => {},
    readonly draftDebounceMs: number = DRAFT_DEBOUNCE_MS,
    /** One case of the chapter only (opened from 收藏). */
    readonly only: string | null = null,
  ) {
    this.#backend = backend;
  }

  get phase() {
    return this.#phase;
  }
  get cases() {
    return this.#cases;
  }
  get index() {
    return this.#index;
  }
  get current(): StartedCase | undefined {
    return this.#cases[this.#index];
  }
  get answers(): readonly string[] {
    return this.#answers;
  }
  get covered(): readonly (readonly number[])[] {
    return this.#covered;
  }
  get reference() {
    return this.#reference;
  }
  get result() {
    return this.#result;
  }
  get message() {
    return this.#message;
  }
  /** Whether the typed answers are kept: 'saved', waiting for a pause in typing, being written, or refused by the disk. */
  get draftState() {
    return this.#draftState;
  }
  /** The case opened with the answers typed last time. */
  get restored() {
    return this.#restored;
  }
  /** True when the answers on screen are not yet all in the saved draft. */
  get dirty(): boolean {
    return this.#phase === 'writing' && JSON.stringify(this.#answers) !== this.#savedDraft;
  }
  get isLast(): boolean {
    return this.#index >= this.#cases.length - 1;
  }
  /** The running self-mark while ticking (main recomputes it on save). */
  get tickedScore(): number {
    const ref = this.#reference;
    if (!ref) return 0;
    return ref.questions.reduce((s, q, i) => s + (this.#covered[i] ?? []).reduce((t, p) => t + (q.points[p]?.score ?? 0), 0), 0);
  }

  #fail(e: unknown): void {
    this.#message = errorText(e, CASE_MESSAGES.failed);
  }

  async start(): Promise<void> {
    try {
      const { cases } = await this.#backend['cases:start']({
        subject: this.subject,
        chapter: this.chapter,
        ...(this.only ? { questionId: this.only } : {}),
      });
      this.#cases = cases;
      this.#show(0);
      this.#phase = cases.length ? 'writing' : 'empty';
    } catch (e) {
      this.#fail(e);
      this.#phase = 'empty';
    }
  }

  #show(i: number): void {
    this.#index = i;
    const n = this.#cases[i]?.questions.length ?? 0;
    const draft = this.#cases[i]?.draft ?? null;
    this.#answers = Array.from({ length: n }, (_, q) => draft?.[q] ?? '');
    this.#savedDraft = JSON.stringify(this.#answers);
    this.#restored = draft !== null && draft.some((a) => a !== '');
    this.#draftState = 'saved';
    this.#covered = Array.from({ length: n }, () => []);
    this.#reference = null;
    this.#result = null;
    this.#message = null;
  }

  setAnswer(i: number, text: string): void {
    if (this.#phase !== 'writing') return;
    this.#answers[i] = text;
    this.#draftState = 'pending';
    if (this.#draftTimer) clearTimeout(this.#draftTimer);
    this.#draftTimer = setTimeout(() => {
      this.#draftTimer = null;
      void this.saveDraft();
    }, this.draftDebounceMs);
  }

  /**
   * Saves the typed answers now (the debounce calls this; so does leaving). Resolves true when what is on screen is
   * kept; false when the disk refused it (the message says so and the answers stay on screen).
   */
  async saveDraft(): Promise<boolean> {
    if (this.#draftTimer) {
      clearTimeout(this.#draftTimer);
      this.#draftTimer = null;
    }
    if (this.#draftSaving) await this.#draftSaving;
    const c = this.current;
    if (!c || !this.dirty) {
      if (this.#draftState !== 'failed' || !this.dirty) this.#draftState = 'saved';
      return true;
    }
    const answers = [...this.#answers];
    const snapshot = JSON.stringify(answers);
    this.#draftState = 'saving';
    this.#draftSaving = (async () => {
      try {
        const { saved } = await this.#backend['cases:saveDraft']({ questionId: c.id, answers });
        this.#savedDraft = snapshot;
        c.draft = answers;
        if (!saved) this.onUnsaved();
        this.#draftState = this.dirty ? 'pending' : 'saved';
        return true;
      } catch (e) {
        this.#message = errorText(e, CASE_MESSAGES.draftFailed);
        this.#draftState = 'failed';
        return false;
      }
    })();
    try {
      return await this.#draftSaving;
    } finally {
      this.#draftSaving = null;
    }
  }

  /** Before leaving the case (结束练习, the logo, 切换学员, 设置): true once the typed answers are saved. */
  async leave(): Promise<boolean> {
    return this.saveDraft();
  }

  async reveal(): Promise<void> {
    const c = this.current;
    if (this.#phase !== 'writing' || !c) return;
    if (!(await this.saveDraft())) return;
    try {
      this.#reference = await this.#backend['cases:reference']({ questionId: c.id });
      this.#phase = 'marking';
    } catch (e) {
      this.#fail(e);
    }
  }

  toggle(question: number, point: number): void {
    if (this.#phase !== 'marking') return;
    const list = this.#covered[question] ?? [];
    this.#covered[question] = list.includes(point) ? list.filter((p) => p !== point) : [...list, point].sort((a, b) => a - b);
  }

  async save(): Promise<void> {
    const c = this.current;
    if (this.#phase !== 'marking' || !c) return;
    try {
      this.#result = await this.#backend['cases:record']({
        questionId: c.id,
        answers: [...this.#answers],
        covered: this.#covered.map((x) => [...x]),
      });
      this.#phase = 'saved';
      this.#message = null;
      if (!this.#result.saved) this.onUnsaved();
    } catch (e) {
      this.#fail(e);
    }
  }

  next(): void {
    if (this.#phase !== 'saved' || this.isLast) return;
    this.#show(this.#index + 1);
    this.#phase = 'writing';
  }
}

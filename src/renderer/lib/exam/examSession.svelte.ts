import { remaining, WARN_AT_MS } from '@core/exam/timer';
import type { OptionKey } from '@shared/bank/schema';
import type { ExamResult, ExamView } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import { errorText } from '../app/errorText';
import { EXAM_MESSAGES as M } from './messages';

/** One sitting of a mock exam: the countdown follows the main process's clock and the stored deadline. */
const UNSAVED =
  '刚才的作答暂时没能写入磁盘（磁盘可能已满或没有写入权限）。它保存在程序里，磁盘恢复后会自动补存；请继续作答，不要关闭社工路。';

export class ExamSession {
  readonly #backend: Backend;
  #view = $state<ExamView | null>(null);
  #index = $state(0);
  #now = $state(0);
  #offset = 0;
  #confirming = $state(false);
  #warned = $state(false);
  #message = $state<string | null>(null);
  #result = $state<ExamResult | null>(null);
  #submitting = false;
  #timer: ReturnType<typeof setInterval> | null = null;
  /** 单选自动下一题 (off unless the candidate turns it on). */
  autoAdvance = $state(false);

  constructor(
    backend: Backend,
    readonly id: string,
    private readonly clock: () => number = () => Date.now(),
    /** Runs once the paper is handed in (by 交卷, by the clock, or already before it was opened): show its result. */
    private readonly onSubmitted: () => void = () => {},
  ) {
    this.#backend = backend;
  }

  get view() {
    return this.#view;
  }
  get index() {
    return this.#index;
  }
  get confirming() {
    return this.#confirming;
  }
  get warned() {
    return this.#warned;
  }
  /** A save the disk refused is kept by the main process and retried; the candidate is told, as on the home screen. */
  #saved(r: { saved: boolean }): void {
    this.#message = r.saved ? null : UNSAVED;
  }

  get message() {
    return this.#message;
  }
  get result() {
    return this.#result;
  }
  get count(): number {
    const v = this.#view;
    return v ? (v.kind === 'case' ? v.cases.length : v.questions.length) : 0;
  }
  // Once per paper, not once per palette cell (each cell looks its id up here).
  readonly #ids = $derived.by(() => {
    const v = this.#view;
    return v ? (v.kind === 'case' ? v.cases.map((c) => c.id) : v.questions.map((q) => q.id)) : [];
  });
  get ids(): string[] {
    return this.#ids;
  }
  get currentId(): string | undefined {
    return this.ids[this.#index];
  }
  get remainingMs(): number {
    return this.#view ? remaining(this.#view.deadline, this.#now) : 0;
  }
  get unanswered(): number {
    const v = this.#view;
    if (!v) return 0;
    return v.kind === 'case'
      ? v.cases.filter((c) => !(v.caseAnswers[c.id] ?? []).some((t) => t.trim())).length
      : v.questions.filter((q) => !v.answers[q.id]?.length).length;
  }

  /** Palette state of item i: current, marked, answered or unanswered. */
  stateOf(i: number): { answered: boolean; current: boolean; marked: boolean } {
    const v = this.#view!;
    const id = this.ids[i]!;
    const answered = v.kind === 'case' ? (v.caseAnswers[id] ?? []).some((t) => t.trim()) : (v.answers[id]?.length ?? 0) > 0;
    return { answered, current: i === this.#index, marked: v.marked.includes(id) };
  }

  async load(): Promise<void> {
    try {
      const v = await this.#backend['exam:get']({ id: this.id });
      this.#offset = v.serverNow - this.clock();
      this.#view = v;
      this.#tick();
      if (v.submitted) {
        this.#result = await this.#backend['exam:result']({ id: this.id });
        this.onSubmitted();
      } else this.#timer = setInterval(() => this.#tick(), 500);
    } catch (e) {
      this.#fail(e);
    }
  }

  #tick(): void {
    this.#now = this.clock() + this.#offset;
    if (!this.#view || this.#view.submitted) return;
    const left = this.remainingMs;
    if (left <= WARN_AT_MS && left > 0 && !this.#warned) this.#warned = true;
    if (left === 0) void this.submit();
  }

  #fail(e: unknown): void {
    this.#message = errorText(e, M.saveFailed);
  }

  go(i: number): void {
    if (i >= 0 && i < this.count) this.#index = i;
  }

  /** 单选: choose, or clear by clicking the chosen option again. 多选: toggle. Saved at once. */
  async choose(key: OptionKey): Promise<void> {
    const v = this.#view;
    const q = v?.questions[this.#index];
    if (!v || !q || v.submitted) return;
    const prev = v.answers[q.id] ?? [];
    const next: OptionKey[] =
      q.type === 'single'
        ? prev[0] === key
          ? []
          : [key]
        : prev.includes(key)
          ? prev.filter((k) => k !== key)
          : (['A', 'B', 'C', 'D', 'E'] as OptionKey[]).filter((k) => k === key || prev.includes(k));
    // This item's answer only, in place: its palette cell is redrawn in the click's own frame, not the whole palette
    // (issue 14); the durable save follows, and a failed one is told (#saved, #fail).
    v.answers[q.id] = next;
    // Optional, as on the official screen: a 单选 answer moves on to the next item (never past the last one).
    if (this.autoAdvance && q.type === 'single' && next.length === 1 && this.#index < this.count - 1) this.#index += 1;
    try {
      this.#saved(await this.#backend['exam:answer']({ id: this.id, questionId: q.id, choice: next }));
    } catch (e) {
      this.#fail(e);
      await this.#reloadIfOver();
    }
  }

  async toggleMark(): Promise<void> {
    const v = this.#view;
    const id = this.currentId;
    if (!v || !id || v.submitted) return;
    const marked = !v.marked.includes(id);
    v.marked = marked ? [...v.marked, id] : v.marked.filter((x) => x !== id);
    try {
      this.#saved(await this.#backend['exam:mark']({ id: this.id, questionId: id, marked }));
    } catch (e) {
      this.#fail(e);
      await this.#reloadIfOver();
    }
  }

  async writeCase(questionId: string, i: number, text: string): Promise<void> {
    const v = this.#view;
    if (!v || v.submitted) return;
    const n = v.cases.find((c) => c.id === questionId)?.questions.length ?? 0;
    const answers = Array.from({ length: n }, (_, k) => (k === i ? text : (v.caseAnswers[questionId]?.[k] ?? '')));
    v.caseAnswers = { ...v.caseAnswers, [questionId]: answers };
    try {
      this.#saved(await this.#backend['exam:caseAnswer']({ id: this.id, questionId, answers }));
    } catch (e) {
      this.#fail(e);
      await this.#reloadIfOver();
    }
  }

  // Debounce timers, never rendered: not reactive on purpose.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #caseTimers = new Map<string, ReturnType<typeof setTimeout>>();

  /** Typed answers are saved shortly after typing pauses (and at once when the field is left). */
  writeCaseSoon(questionId: string, i: number, text: string): void {
    const v = this.#view;
    if (!v || v.submitted) return;
    const n = v.cases.find((c) => c.id === questionId)?.questions.length ?? 0;
    v.caseAnswers = {
      ...v.caseAnswers,
      [questionId]: Array.from({ length: n }, (_, k) => (k === i ? text : (v.caseAnswers[questionId]?.[k] ?? ''))),
    };
    const key = `${questionId}:${i}`;
    clearTimeout(this.#caseTimers.get(key));
    this.#caseTimers.set(
      key,
      setTimeout(() => void this.writeCase(questionId, i, text), 600),
    );
  }

  async #reloadIfOver(): Promise<void> {
    if (this.remainingMs === 0) await this.submit();
  }

  askSubmit(): void {
    this.#confirming = true;
  }
  cancelSubmit(): void {
    this.#confirming = false;
  }

  async submit(): Promise<void> {
    if (this.#submitting || this.#result) return;
    // Flush typed case answers still waiting for their save.
    for (const t of this.#caseTimers.values()) clearTimeout(t);
    const v0 = this.#view;
    if (v0?.kind === 'case') {
      for (const c of v0.cases) {
        const answers = v0.caseAnswers[c.id];
        if (answers) await this.#backend['exam:caseAnswer']({ id: this.id, questionId: c.id, answers }).catch(() => undefined);
      }
    }
    this.#submitting = true;
    this.#confirming = false;
    try {
      this.#result = await this.#backend['exam:submit']({ id: this.id });
      if (this.#view) this.#view = { ...this.#view, submitted: true };
      this.dispose();
      this.onSubmitted();
    } catch (e) {
      this.#fail(e);
    } finally {
      this.#submitting = false;
    }
  }

  dispose(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }
}

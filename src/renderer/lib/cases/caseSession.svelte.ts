import type { SubjectId } from '@shared/bank/schema';
import type { CaseReference, CaseResult, PublicCase } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import { errorText } from '../app/errorText';
import { CASE_MESSAGES } from './messages';

export type CasePhase = 'loading' | 'empty' | 'writing' | 'marking' | 'saved';

/** Case practice: write answers, reveal the reference points, tick what was covered, save the self-mark. */
export class CaseSession {
  readonly #backend: Backend;
  #cases = $state<PublicCase[]>([]);
  #index = $state(0);
  #answers = $state<string[]>([]);
  #covered = $state<number[][]>([]);
  #reference = $state<CaseReference | null>(null);
  #result = $state<CaseResult | null>(null);
  #phase = $state<CasePhase>('loading');
  #message = $state<string | null>(null);

  constructor(
    backend: Backend,
    readonly subject: SubjectId,
    readonly chapter: string,
    private readonly onUnsaved: () => void = () => {},
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
  get current(): PublicCase | undefined {
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
      const { cases } = await this.#backend['cases:start']({ subject: this.subject, chapter: this.chapter });
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
    this.#answers = Array.from({ length: n }, () => '');
    this.#covered = Array.from({ length: n }, () => []);
    this.#reference = null;
    this.#result = null;
    this.#message = null;
  }

  setAnswer(i: number, text: string): void {
    if (this.#phase !== 'writing') return;
    this.#answers[i] = text;
  }

  async reveal(): Promise<void> {
    const c = this.current;
    if (this.#phase !== 'writing' || !c) return;
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

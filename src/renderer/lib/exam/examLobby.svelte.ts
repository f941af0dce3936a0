import type { SubjectId } from '@shared/bank/schema';
import type { ExamForm } from '@shared/formats';
import type { Args, ExamOptions, ExamSummary } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import { errorText } from '../app/errorText';
import { EXAM_MESSAGES as M } from './messages';

export type CustomPaper = NonNullable<Args<'exam:start'>['custom']>;

/** The 模拟考试 lobby: what each subject's paper looks like, the history, and starting a paper. */
export class ExamLobbyState {
  readonly #backend: Backend;
  readonly #onStarted: (id: string) => void;
  #options = $state<ExamOptions[]>([]);
  #history = $state<ExamSummary[]>([]);
  #error = $state<string | null>(null);
  /** 考试形式: 机考界面 by default; once the history loads, the form of the latest sitting. */
  form = $state<ExamForm>('computer');

  /** `onStarted` opens the new paper. */
  constructor(backend: Backend, onStarted: (id: string) => void) {
    this.#backend = backend;
    this.#onStarted = onStarted;
  }

  get options() {
    return this.#options;
  }
  get history() {
    return this.#history;
  }
  get error() {
    return this.#error;
  }

  async load(subjects: readonly SubjectId[]): Promise<void> {
    try {
      [this.#options, this.#history] = await Promise.all([
        Promise.all(subjects.map((subject) => this.#backend['exam:options']({ subject }))),
        this.#backend['exam:history'](undefined),
      ]);
      this.form = this.#history.at(-1)?.form ?? 'computer';
    } catch (e) {
      this.#error = errorText(e, M.lobbyFailed);
    }
  }

  /** Starts the official paper of `subject`, or a custom one; main refuses (with its reason) when it cannot. */
  async start(subject: SubjectId, custom?: CustomPaper): Promise<void> {
    this.#error = null;
    try {
      const view = await this.#backend['exam:start']({ subject, form: this.form, ...(custom ? { custom } : {}) });
      this.#onStarted(view.id);
    } catch (e) {
      this.#error = errorText(e, M.startFailed);
    }
  }
}

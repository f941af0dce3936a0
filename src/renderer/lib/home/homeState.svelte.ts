import type { Level } from '@shared/bank/schema';
import type { ResultOf, SubjectOverview, TodayPlan } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import type { ErrorBanner } from '../app/errorBanner.svelte';
import type { Router } from '../app/router.svelte';

/** The home screen's data: the chapter overview, today's plan and an unfinished mock exam. */
export class HomeState {
  readonly #backend: Backend;
  readonly #router: Router;
  readonly #errors: ErrorBanner;
  #overview = $state<SubjectOverview[]>([]);
  #today = $state<TodayPlan | null>(null);
  #activeExam = $state<ResultOf<'exam:active'>>(null);

  constructor(backend: Backend, router: Router, errors: ErrorBanner) {
    this.#backend = backend;
    this.#router = router;
    this.#errors = errors;
  }

  get overview() {
    return this.#overview;
  }
  get today() {
    return this.#today;
  }
  get activeExam() {
    return this.#activeExam;
  }

  /** Reads the overview for `level`, today's plan and any unfinished paper (throws; callers guard). */
  async load(level: Level): Promise<void> {
    const [overview, today, active] = await Promise.all([
      this.#backend['catalog:overview']({ level }),
      this.#backend['today:plan'](undefined),
      this.#backend['exam:active'](undefined),
    ]);
    this.#overview = overview;
    this.#today = today;
    this.#activeExam = active;
  }

  clear(): void {
    this.#overview = [];
    this.#today = null;
    this.#activeExam = null;
  }

  /** The resume prompt's 继续考试. */
  resumeExam(): void {
    const active = this.#activeExam;
    if (!active) return;
    this.#activeExam = null;
    this.#router.openExam(active.id);
  }

  /** The resume prompt's 立即交卷: submits the unfinished paper and shows its result. */
  async submitActiveExam(): Promise<void> {
    const active = this.#activeExam;
    if (!active) return;
    const done = await this.#errors.guard(() => this.#backend['exam:submit']({ id: active.id }));
    if (done) {
      this.#activeExam = null;
      this.#router.openExamResult(active.id);
    }
  }
}

import type { Report } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import { errorText } from '../app/errorText';
import { REPORT_MESSAGES as M } from './messages';

/** The 学习报告 screen: where the learner stands, chapter mastery, days studied, mocks and the plan. */
export class ReportState {
  readonly #backend: Backend;
  #report = $state<Report | null>(null);
  #loading = $state(false);
  #error = $state<string | null>(null);

  constructor(backend: Backend) {
    this.#backend = backend;
  }

  get report(): Report | null {
    return this.#report;
  }
  get loading(): boolean {
    return this.#loading;
  }
  get error(): string | null {
    return this.#error;
  }

  async load(): Promise<void> {
    this.#loading = true;
    this.#error = null;
    try {
      this.#report = await this.#backend['report:get'](undefined);
    } catch (e) {
      this.#error = errorText(e, M.loadFailed);
    } finally {
      this.#loading = false;
    }
  }
}

import type { SubjectId } from '@shared/bank/schema';
import type { SubjectStanding } from '@shared/ipc/contract';
import type { Settings } from '@shared/settings';
import type { Backend } from '../backend/backend';
import { errorText } from '../app/errorText';
import { MODE_SETTINGS_MESSAGES as M } from './messages';

export interface PassRow {
  id: SubjectId;
  name: string;
  pass: SubjectStanding['pass'];
  /** What to tell the learner about this pass, and whether it is a warning. */
  note: { text: string; warn: boolean } | null;
}

/** The sentence under a subject, from main's standing (core/exam/passCarry.ts decides the years). */
export function passNote(pass: SubjectStanding['pass'], examYear: number): PassRow['note'] {
  if (pass.passedYear === null || pass.validThrough === null) return null;
  if (pass.lapsesBeforeExam) return { text: M.lapsesBefore(pass.validThrough, examYear), warn: true };
  if (pass.countsForExam) return { text: `${M.validThrough(pass.validThrough)}；${M.countsForExam(examYear)}`, warn: false };
  return { text: `${M.validThrough(pass.validThrough)}。${M.lapsed}`, warn: true };
}

/**
 * 滚动管理 in 设置: which subjects were passed in which year, until when each pass counts, and whether passed subjects
 * stay in today's plan. Settings are saved through `save` so the open learner's settings stay the ones on screen.
 */
export class PassesState {
  readonly #backend: Backend;
  #rows = $state<PassRow[]>([]);
  #thisYear = $state(0);
  #examYear = $state(0);
  #error = $state<string | null>(null);

  constructor(
    backend: Backend,
    private readonly settings: () => Settings | null,
    private readonly save: (patch: Partial<Settings>) => Promise<boolean>,
  ) {
    this.#backend = backend;
  }

  get rows() {
    return this.#rows;
  }
  get error() {
    return this.#error;
  }
  get level() {
    return this.settings()?.level ?? null;
  }
  get includePassed(): boolean {
    return this.settings()?.includePassed ?? false;
  }
  get examYear() {
    return this.#examYear;
  }
  /** The years offered: this year (main's clock) and the four before it. */
  get years(): number[] {
    return this.#thisYear ? [0, 1, 2, 3, 4].map((n) => this.#thisYear - n) : [];
  }

  async load(): Promise<void> {
    try {
      const report = await this.#backend['report:get'](undefined);
      // Main's today (its clock and the learner's time zone) sets the year, as it does for the standings.
      // A one-off read of this machine's year when main sent no forecast (not reactive state).
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      this.#thisYear = Number(report.plan.forecast[0]?.date.slice(0, 4)) || new Date().getFullYear();
      const date = this.settings()?.examDate;
      this.#examYear = date ? Math.max(this.#thisYear, Number(date.slice(0, 4))) : this.#thisYear;
      this.#rows = report.subjects.map((s) => ({ id: s.id, name: s.name, pass: s.pass, note: passNote(s.pass, this.#examYear) }));
      this.#error = null;
    } catch (e) {
      this.#error = errorText(e, M.loadFailed);
    }
  }

  /** Records the year a subject was passed, or null for 未通过. */
  async setPass(subject: SubjectId, year: number | null): Promise<boolean> {
    const passes = { ...(this.settings()?.passes ?? {}) };
    if (year === null) delete passes[subject];
    else passes[subject] = year;
    const ok = await this.save({ passes });
    if (ok) await this.load();
    return ok;
  }

  async setIncludePassed(on: boolean): Promise<boolean> {
    return this.save({ includePassed: on });
  }
}

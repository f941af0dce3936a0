import type { Level } from '@shared/bank/schema';
import { EXAM_FONT_STEPS } from '@shared/fontScales';
import type { Settings } from '@shared/settings';
import type { Backend } from '../backend/backend';
import type { HomeState } from '../home/homeState.svelte';
import type { ErrorBanner } from './errorBanner.svelte';
import { applyFontStep, FONT_STEP_COUNT } from './fontScale';
import { readStartFontStep, writeStartFontStep } from '../profiles/startFontStep';
import type { Router } from './router.svelte';
import type { StorageStatus } from './storageStatus.svelte';

/** The open learner: choosing one, their settings and text size, going home, and leaving (切换学员). */
export class LearnerSession {
  readonly #backend: Backend;
  readonly #router: Router;
  readonly #storage: StorageStatus;
  readonly #home: HomeState;
  readonly #errors: ErrorBanner;
  #settings = $state<Settings | null>(null);
  /**
   * Text size while no learner is open (the start screen): the last size used on this computer, kept in the
   * browser's storage (each learner's own size applies on entry).
   */
  #looseFontStep = $state(readStartFontStep());
  /** The text size asked for by clicks whose saves have not all come back yet (quick clicks each count). */
  #fontWanted = $state<number | null>(null);
  /** Text-size saves run one after another, so the last click is the size that stays. */
  #fontSaving: Promise<unknown> = Promise.resolve();
  /** The same for the mock exam's own 字号. */
  #examFontWanted = $state<number | null>(null);
  #examFontSaving: Promise<unknown> = Promise.resolve();

  constructor(backend: Backend, router: Router, storage: StorageStatus, home: HomeState, errors: ErrorBanner) {
    this.#backend = backend;
    this.#router = router;
    this.#storage = storage;
    this.#home = home;
    this.#errors = errors;
    // A new bank (the centre folder changed or was read again, from this window or another): counts follow it.
    backend.on('bank:reloaded', () => {
      if (this.#settings) void this.reload();
    });
  }

  get settings() {
    return this.#settings;
  }

  /** The text size in effect: the learner's, or the start screen's while no learner is open. */
  get fontStep(): number {
    return this.#fontWanted ?? this.#settings?.fontStep ?? this.#looseFontStep;
  }

  async init(): Promise<void> {
    const ticket = this.#router.ticket();
    applyFontStep(this.#looseFontStep);
    const list = await this.#errors.guard(() => this.#backend['profiles:list'](undefined));
    if (!list) return;
    if (list.current === null) this.#router.showIfCurrent(ticket, { name: 'profiles' });
    else await this.enterLearner(ticket);
  }

  /** Reads settings, status and home; true when they were read. */
  async #readAll(): Promise<Settings | undefined> {
    return this.#errors.guard(async () => {
      const [settings, status] = await Promise.all([this.#backend['settings:get'](undefined), this.#backend['app:status'](undefined)]);
      this.#settings = settings;
      this.#storage.set(status);
      applyFontStep(settings.fontStep);
      if (settings.level) await this.#home.load(settings.level);
      return settings;
    });
  }

  /**
   * After a learner is opened: their settings, status and home (or the level choice when not set yet). A screen the
   * learner chose while this was loading wins (regression: CI e2e clicked 设置 during entry and was sent home).
   * `isNew`: the learner was just created on the start screen.
   */
  async enterLearner(ticket = this.#router.ticket(), isNew = false): Promise<void> {
    const settings = await this.#readAll();
    // A learner just created keeps the size they chose on the start screen (not 标准 again).
    if (settings && isNew && settings.fontStep !== this.#looseFontStep) await this.saveSettings({ fontStep: this.#looseFontStep });
    if (settings) this.#router.showIfCurrent(ticket, { name: settings.level ? 'home' : 'onboarding' });
  }

  /** Re-reads everything after the records changed underneath (a restore, an import, a new bank). */
  async reload(): Promise<void> {
    await this.#readAll();
  }

  async saveSettings(patch: Partial<Settings>): Promise<boolean> {
    const next = await this.#errors.guard(() => this.#backend['settings:update'](patch));
    if (!next) return false;
    void this.#storage.refresh();
    this.#settings = next;
    applyFontStep(this.#fontWanted ?? next.fontStep);
    if (patch.fontStep !== undefined) this.#remember(patch.fontStep);
    // A text size (the app's or the exam's) changes nothing the home screen shows: no need to read it again.
    const displayOnly = Object.keys(patch).every((k) => k === 'fontStep' || k === 'examFontStep');
    if (next.level && !displayOnly) await this.#errors.guard(() => this.#home.load(next.level as Level));
    return true;
  }

  async finishOnboarding(level: Level, examDate: string | null): Promise<void> {
    const ticket = this.#router.ticket();
    if (await this.saveSettings({ level, examDate })) this.#router.showIfCurrent(ticket, { name: 'home' });
  }

  async changeFont(delta: number): Promise<void> {
    const current = this.fontStep;
    const next = Math.max(0, Math.min(FONT_STEP_COUNT - 1, current + delta));
    if (next === current) return;
    if (this.#settings) {
      this.#fontWanted = next;
      applyFontStep(next);
      const save = this.#fontSaving.then(() => this.saveSettings({ fontStep: next }));
      this.#fontSaving = save.catch(() => {});
      const saved = await save;
      if (this.#fontWanted === next) {
        this.#fontWanted = null;
        if (!saved) applyFontStep(this.fontStep); // not saved: back to the size that is kept
      }
    } else {
      this.#remember(next);
      applyFontStep(next);
    }
  }

  /** The mock exam's 字号 in effect: the one just chosen, else the learner's kept one (中 until one is chosen). */
  get examFontStep(): number {
    return this.#examFontWanted ?? this.#settings?.examFontStep ?? 1;
  }

  /**
   * The exam's 字号 chosen in a sitting: shown at once, kept for the next sitting and a resume. Saves run one after
   * another (the last click stays); a save that fails says so (the error banner) and the kept size comes back.
   */
  async setExamFont(step: number): Promise<void> {
    const next = Math.max(0, Math.min(EXAM_FONT_STEPS - 1, Math.round(step)));
    if (next === this.examFontStep) return;
    this.#examFontWanted = next;
    const save = this.#examFontSaving.then(() => this.saveSettings({ examFontStep: next }));
    this.#examFontSaving = save.catch(() => {});
    await save;
    if (this.#examFontWanted === next) this.#examFontWanted = null;
  }

  /** The start screen opens at the last size chosen on this computer, by anyone. */
  #remember(step: number): void {
    this.#looseFontStep = step;
    writeStartFontStep(step);
  }

  /** 切换学员: closes this learner's records and shows the start screen. */
  async switchLearner(): Promise<void> {
    if (await this.#errors.guard(() => this.#backend['profiles:close'](undefined))) {
      this.#settings = null;
      this.#home.clear();
      this.#storage.set(null);
      applyFontStep(this.#looseFontStep);
      this.#router.open('profiles');
    }
  }

  async goHome(): Promise<void> {
    const ticket = this.#router.ticket();
    const level = this.#settings?.level;
    if (!level) {
      this.#router.open('onboarding');
      return;
    }
    await this.#errors.guard(async () => {
      await this.#home.load(level);
      this.#storage.set(await this.#backend['app:status'](undefined));
    });
    this.#router.showIfCurrent(ticket, { name: 'home' });
  }
}

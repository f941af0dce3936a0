import type { Level } from '@shared/bank/schema';
import type { AppStatus, SubjectOverview } from '@shared/ipc/contract';
import type { Settings } from '@shared/settings';
import { BackendError, type Backend } from '../backend/backend';
import { applyFontStep, FONT_STEP_COUNT } from './fontScale';
import type { PracticeSource } from '../practice/practiceSession.svelte';
import type { TodayPlan } from '@shared/ipc/contract';

const STORAGE_WATCH_MS = 5_000;

export type Screen =
  | { name: 'loading' }
  | { name: 'profiles' }
  | { name: 'onboarding' }
  | { name: 'home' }
  | { name: 'practice'; source: PracticeSource; title: string; run: number }
  | { name: 'cases'; subject: SubjectOverview['id']; chapter: string; title: string; run: number }
  | { name: 'mistakes' }
  | { name: 'favourites' }
  | { name: 'stats' }
  | { name: 'examLobby' }
  | { name: 'exam'; id: string }
  | { name: 'examResult'; id: string }
  | { name: 'settings' }
  | { name: 'backups' }
  | { name: 'import' }
  | { name: 'print'; list: 'mistakes' | 'favourites' | 'notes' };

/** Top-level app state: settings, the home overview, which screen is shown and the current error. */
export class AppState {
  readonly backend: Backend;
  #settings = $state<Settings | null>(null);
  /** Text size while no learner is open (the start screen); not saved — each learner's own size applies on entry. */
  #looseFontStep = $state(0);
  #overview = $state<SubjectOverview[]>([]);
  #today = $state<TodayPlan | null>(null);
  #activeExam = $state<{ id: string; subjectName: string; remainingMs: number } | null>(null);
  #status = $state<AppStatus | null>(null);
  #screen = $state<Screen>({ name: 'loading' });
  #error = $state<string | null>(null);
  #practiceRun = 0;
  /** Bumped on every screen change, so a slow async step cannot send the learner back to an older screen. */
  #nav = 0;

  #show(screen: Screen): void {
    this.#nav += 1;
    this.#screen = screen;
  }

  /** Shows `screen` only if no other screen was chosen since `ticket` was taken. */
  #showIfCurrent(ticket: number, screen: Screen): void {
    if (ticket === this.#nav) this.#show(screen);
  }

  constructor(backend: Backend) {
    this.backend = backend;
  }

  get settings() {
    return this.#settings;
  }
  get overview() {
    return this.#overview;
  }
  get activeExam() {
    return this.#activeExam;
  }
  get today() {
    return this.#today;
  }
  get status() {
    return this.#status;
  }
  get screen() {
    return this.#screen;
  }
  get error() {
    return this.#error;
  }

  dismissError(): void {
    this.#error = null;
  }

  /** Runs a backend call; a failure becomes the visible error message instead of an exception. */
  async #guard<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (e) {
      this.#error = e instanceof BackendError ? e.message : '程序内部出错，已有记录没有被改动。请重试。';
      return undefined;
    }
  }

  async init(): Promise<void> {
    const list = await this.#guard(() => this.backend['profiles:list'](undefined));
    if (!list) return;
    if (list.current === null) {
      this.#show({ name: 'profiles' });
      return;
    }
    await this.enterLearner();
  }

  /** After a learner is opened: their settings, status and home (or level choice when not set yet). */
  async enterLearner(): Promise<void> {
    await this.#guard(async () => {
      const [settings, status] = await Promise.all([this.backend['settings:get'](undefined), this.backend['app:status'](undefined)]);
      this.#settings = settings;
      this.#setStatus(status);
      applyFontStep(settings.fontStep);
      if (settings.level) {
        await this.#loadOverview(settings.level);
        this.#show({ name: 'home' });
      } else {
        this.#show({ name: 'onboarding' });
      }
    });
  }

  async #loadOverview(level: Level): Promise<void> {
    const [overview, today, active] = await Promise.all([
      this.backend['catalog:overview']({ level }),
      this.backend['today:plan'](undefined),
      this.backend['exam:active'](undefined),
    ]);
    this.#overview = overview;
    this.#today = today;
    this.#activeExam = active;
  }

  async saveSettings(patch: Partial<Settings>): Promise<boolean> {
    const next = await this.#guard(() => this.backend['settings:update'](patch));
    if (!next) return false;
    void this.refreshStatus();
    this.#settings = next;
    applyFontStep(next.fontStep);
    if (next.level && patch.fontStep === undefined) await this.#guard(() => this.#loadOverview(next.level as Level));
    return true;
  }

  async finishOnboarding(level: Level, examDate: string | null): Promise<void> {
    const ticket = ++this.#nav;
    if (await this.saveSettings({ level, examDate })) this.#showIfCurrent(ticket, { name: 'home' });
  }

  /** The text size in effect: the learner's, or the start screen's while no learner is open. */
  get fontStep(): number {
    return this.#settings?.fontStep ?? this.#looseFontStep;
  }

  async changeFont(delta: number): Promise<void> {
    const current = this.fontStep;
    const next = Math.max(0, Math.min(FONT_STEP_COUNT - 1, current + delta));
    if (next === current) return;
    if (this.#settings) {
      await this.saveSettings({ fontStep: next });
    } else {
      this.#looseFontStep = next;
      applyFontStep(next);
    }
  }

  openPractice(source: PracticeSource, title: string): void {
    this.#practiceRun += 1;
    this.#show({ name: 'practice', source, title, run: this.#practiceRun });
  }

  openCases(subject: SubjectOverview['id'], chapter: string, title: string): void {
    this.#practiceRun += 1;
    this.#show({ name: 'cases', subject, chapter, title, run: this.#practiceRun });
  }

  open(name: 'mistakes' | 'favourites' | 'stats'): void {
    this.#show({ name });
  }

  openExamLobby(): void {
    this.#show({ name: 'examLobby' });
  }

  openExam(id: string): void {
    this.#activeExam = null;
    this.#show({ name: 'exam', id });
  }

  openExamResult(id: string): void {
    this.#show({ name: 'examResult', id });
  }

  /** The resume prompt's 立即交卷: submits the unfinished paper and shows its result. */
  async submitActiveExam(): Promise<void> {
    const active = this.#activeExam;
    if (!active) return;
    const done = await this.#guard(() => this.backend['exam:submit']({ id: active.id }));
    if (done) {
      this.#activeExam = null;
      this.openExamResult(active.id);
    }
  }

  /** 切换学员: closes this learner's records and shows the start screen. */
  async switchLearner(): Promise<void> {
    if (await this.#guard(() => this.backend['profiles:close'](undefined))) {
      this.#settings = null;
      this.#overview = [];
      this.#today = null;
      this.#activeExam = null;
      this.#setStatus(null);
      applyFontStep(this.#looseFontStep);
      this.#show({ name: 'profiles' });
    }
  }

  openSettings(): void {
    this.#show({ name: 'settings' });
  }

  /** The print view of 错题本 / 收藏 / 笔记. */
  openPrint(list: 'mistakes' | 'favourites' | 'notes'): void {
    this.#show({ name: 'print', list });
  }

  /** 导入题库 (我的题库). */
  openImport(): void {
    this.#show({ name: 'import' });
  }

  openBackups(): void {
    this.#show({ name: 'backups' });
  }

  #storageWatch: ReturnType<typeof setInterval> | null = null;

  /** While a write is waiting for the disk, status is re-read every few seconds so the red banner goes once it is saved. */
  #setStatus(status: AppStatus | null): void {
    this.#status = status;
    if (status?.storageProblem && !this.#storageWatch) {
      this.#storageWatch = setInterval(() => void this.refreshStatus(), STORAGE_WATCH_MS);
    } else if (!status?.storageProblem && this.#storageWatch) {
      clearInterval(this.#storageWatch);
      this.#storageWatch = null;
    }
  }

  /** Re-reads status (storage problems, notices) from main. */
  async refreshStatus(): Promise<void> {
    await this.#guard(async () => {
      this.#setStatus(await this.backend['app:status'](undefined));
    });
  }

  /** Re-reads everything after the records changed underneath (a restore). */
  async reload(): Promise<void> {
    await this.#guard(async () => {
      const [settings, status] = await Promise.all([this.backend['settings:get'](undefined), this.backend['app:status'](undefined)]);
      this.#settings = settings;
      this.#setStatus(status);
      applyFontStep(settings.fontStep);
      if (settings.level) await this.#loadOverview(settings.level);
    });
  }

  async goHome(): Promise<void> {
    const ticket = ++this.#nav;
    const level = this.#settings?.level;
    if (!level) {
      this.#show({ name: 'onboarding' });
      return;
    }
    await this.#guard(async () => {
      await this.#loadOverview(level);
      this.#setStatus(await this.backend['app:status'](undefined));
    });
    this.#showIfCurrent(ticket, { name: 'home' });
  }
}

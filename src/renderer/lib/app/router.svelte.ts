import type { ReadSource, SubjectOverview } from '@shared/ipc/contract';
import type { PracticeSource } from '../practice/practiceSession.svelte';

export type Screen =
  | { name: 'loading' }
  | { name: 'profiles' }
  | { name: 'onboarding' }
  | { name: 'home' }
  | { name: 'practice'; source: PracticeSource; title: string; run: number }
  | { name: 'read'; source: ReadSource; title: string; run: number }
  | { name: 'cases'; subject: SubjectOverview['id']; chapter: string; title: string; run: number; only?: string }
  | { name: 'mistakes' }
  | { name: 'favourites' }
  | { name: 'report' }
  | { name: 'examLobby' }
  | { name: 'exam'; id: string }
  | { name: 'examResult'; id: string }
  | { name: 'settings' }
  | { name: 'backups' }
  | { name: 'import' }
  | { name: 'help' }
  | { name: 'print'; list: 'mistakes' | 'favourites' | 'notes' };

/** Which screen is shown. Every change takes a ticket, so a slow async step cannot send the learner back to an older screen. */
export class Router {
  #screen = $state<Screen>({ name: 'loading' });
  #nav = 0;
  #run = 0;
  #guard: (() => Promise<boolean>) | null = null;

  /**
   * A screen that must not be left as is (typed case answers, a running mock) sets a guard; the header's way out asks
   * it first. Returns the function that removes it.
   */
  setGuard(guard: () => Promise<boolean>): () => void {
    this.#guard = guard;
    return () => {
      if (this.#guard === guard) this.#guard = null;
    };
  }

  /** True when the screen may be left now (no guard, or the guard agreed). */
  async mayLeave(): Promise<boolean> {
    return this.#guard ? this.#guard() : true;
  }

  get screen(): Screen {
    return this.#screen;
  }

  show(screen: Screen): void {
    this.#nav += 1;
    this.#screen = screen;
  }

  /** Takes a ticket before slow work; `showIfCurrent` then navigates only if nothing else was chosen meanwhile. */
  ticket(): number {
    return ++this.#nav;
  }

  showIfCurrent(ticket: number, screen: Screen): void {
    if (ticket === this.#nav) this.show(screen);
  }

  openPractice(source: PracticeSource, title: string): void {
    this.show({ name: 'practice', source, title, run: ++this.#run });
  }

  /** 背题模式 over a chapter, the 错题本 or 收藏. */
  openRead(source: ReadSource, title: string): void {
    this.show({ name: 'read', source, title, run: ++this.#run });
  }

  /** Case practice over a chapter; with `only`, that one case of it (from 收藏). */
  openCases(subject: SubjectOverview['id'], chapter: string, title: string, only?: string): void {
    this.show({ name: 'cases', subject, chapter, title, run: ++this.#run, ...(only ? { only } : {}) });
  }

  open(
    name:
      'profiles' | 'onboarding' | 'home' | 'mistakes' | 'favourites' | 'report' | 'examLobby' | 'settings' | 'backups' | 'import' | 'help',
  ): void {
    this.show({ name });
  }

  /** The print view of 错题本 / 收藏 / 笔记. */
  openPrint(list: 'mistakes' | 'favourites' | 'notes'): void {
    this.show({ name: 'print', list });
  }

  openExam(id: string): void {
    this.show({ name: 'exam', id });
  }

  openExamResult(id: string): void {
    this.show({ name: 'examResult', id });
  }
}

import type { SubjectOverview } from '@shared/ipc/contract';
import type { SyncStatus } from '@shared/ipc/contract/sync';
import { BackendError, type Backend } from '../backend/backend';
import type { Router } from '../app/router.svelte';
import { SYNC_MESSAGES as M } from './messages';

export type SyncAssignmentView = SyncStatus['assignments'][number];

/** What starting an assignment needs: where to go, and the chapters of this PC's bank. */
export interface AssignmentOpener {
  router: Router;
  overview: () => readonly SubjectOverview[];
}

/** How often the header's 已同步 / 等待同步 (N) is refreshed while a centre is connected. */
export const SYNC_REFRESH_MS = 10_000;

/**
 * The open learner's link to a training centre: status for the header and the 设置 panel, and the connect, sync and
 * 断开 actions. It asks the main process only; the main process alone talks to the centre.
 */
export class SyncState {
  readonly #backend: Backend;
  #status = $state<SyncStatus | null>(null);
  #busy = $state(false);
  #message = $state<{ ok: boolean; text: string } | null>(null);
  #timer: ReturnType<typeof setInterval> | null = null;
  readonly #opener: AssignmentOpener | null;

  constructor(backend: Backend, opener: AssignmentOpener | null = null) {
    this.#backend = backend;
    this.#opener = opener;
  }

  get status() {
    return this.#status;
  }
  get busy() {
    return this.#busy;
  }
  get message() {
    return this.#message;
  }
  /** The header's words, or null when not connected. */
  get badge(): string | null {
    const s = this.#status;
    if (!s?.connected) return null;
    if (s.state === 'revoked') return M.badge.revoked;
    if (s.state === 'offline') return M.badge.offline(s.pending);
    return s.pending > 0 || s.state === 'pending' ? M.badge.pending(s.pending) : M.badge.synced;
  }

  async refresh(): Promise<void> {
    try {
      this.#status = await this.#backend['sync:status'](undefined);
    } catch {
      // The header stays as it was; the 设置 panel shows errors of the actions themselves.
    }
  }

  /** Refreshes now and then every SYNC_REFRESH_MS; returns the function that stops it. */
  watch(): () => void {
    void this.refresh();
    this.#timer ??= setInterval(() => void this.refresh(), SYNC_REFRESH_MS);
    return () => {
      if (this.#timer) clearInterval(this.#timer);
      this.#timer = null;
    };
  }

  async #run(work: () => Promise<SyncStatus>, ok: (s: SyncStatus) => string | null): Promise<boolean> {
    this.#busy = true;
    this.#message = null;
    try {
      const s = await work();
      this.#status = s;
      const text = ok(s);
      this.#message = text ? { ok: true, text } : s.message ? { ok: false, text: s.message } : null;
      return true;
    } catch (e) {
      this.#message = { ok: false, text: e instanceof BackendError ? e.message : M.failed };
      return false;
    } finally {
      this.#busy = false;
    }
  }

  connect(f: { centreUrl: string; code: string; learnerName: string; personalCode: string; consent: boolean }): Promise<boolean> {
    if (!f.consent) {
      this.#message = { ok: false, text: M.needConsent };
      return Promise.resolve(false);
    }
    return this.#run(
      () =>
        this.#backend['sync:connect']({
          centreUrl: f.centreUrl,
          code: f.code,
          learnerName: f.learnerName,
          consent: true,
          ...(f.personalCode.trim() ? { personalCode: f.personalCode } : {}),
        }),
      () => null,
    );
  }

  syncNow(): Promise<boolean> {
    return this.#run(
      () => this.#backend['sync:now'](undefined),
      () => null,
    );
  }

  /**
   * 开始: a practice assignment opens the chapter's practice, a mock assignment starts a paper of its subject. The
   * centre counts it done when those answers (or the submitted paper) reach it.
   */
  async startAssignment(a: SyncAssignmentView): Promise<void> {
    const o = this.#opener;
    if (!o) return;
    this.#message = null;
    if (a.kind === 'practice') {
      for (const subject of o.overview()) {
        const ch = subject.chapters.find((c) => c.id === a.target);
        if (ch)
          return o.router.openPractice(
            { kind: 'chapter', subject: subject.id, chapter: ch.id },
            `${M.assignmentKind.practice} · ${a.title}`,
          );
      }
      this.#message = { ok: false, text: M.noChapter(a.target) };
      return;
    }
    const subject = o.overview().find((s) => s.id === a.target);
    if (!subject) {
      this.#message = { ok: false, text: M.noSubject(a.target) };
      return;
    }
    const ticket = o.router.ticket();
    try {
      const view = await this.#backend['exam:start']({ subject: subject.id });
      o.router.showIfCurrent(ticket, { name: 'exam', id: view.id });
    } catch (e) {
      this.#message = { ok: false, text: e instanceof BackendError ? e.message : M.failed };
    }
  }

  disconnect(deleteOnCentre: boolean): Promise<boolean> {
    return this.#run(
      () => this.#backend['sync:disconnect']({ deleteOnCentre }),
      () => M.disconnected,
    );
  }
}

import type { Backend } from '../backend/backend';
import { errorText } from '../app/errorText';
import { ADMIN_GATE_MESSAGES as M } from './messages';

/**
 * The door to 培训机构管理（老师用） in 设置: open at once while the machine has no administrator password (so the
 * centre can set one), otherwise after `admin:check` accepts the typed password (throttled in main like every
 * password check). The accepted password is kept for this visit only, for the guarded actions behind the door.
 */
export class AdminGate {
  readonly #backend: Backend;
  #hasAdminPin = $state<boolean | null>(null);
  #open = $state(false);
  #pin = $state('');
  #error = $state<string | null>(null);
  #busy = $state(false);

  constructor(backend: Backend) {
    this.#backend = backend;
  }

  /** null until known. */
  get hasAdminPin() {
    return this.#hasAdminPin;
  }
  get open() {
    return this.#open;
  }
  /** The accepted administrator password ('' while none is set). */
  get pin() {
    return this.#pin;
  }
  get error() {
    return this.#error;
  }
  get busy() {
    return this.#busy;
  }

  async load(): Promise<void> {
    try {
      const r = await this.#backend['admin:check']({});
      this.#hasAdminPin = r.hasAdminPin;
      this.#open = true;
    } catch {
      // Refused without a password: one is set.
      this.#hasAdminPin = true;
      this.#open = false;
    }
  }

  /** Tries `pin`; false (with the message for beside the box) when it is refused. */
  async enter(pin: string): Promise<boolean> {
    if (pin === '') {
      this.#error = M.empty;
      return false;
    }
    this.#busy = true;
    try {
      const r = await this.#backend['admin:check']({ pin });
      this.#hasAdminPin = r.hasAdminPin;
      this.#pin = pin;
      this.#open = true;
      this.#error = null;
      return true;
    } catch (e) {
      this.#error = errorText(e, M.failed);
      return false;
    } finally {
      this.#busy = false;
    }
  }

  /** After the password was set, changed or removed behind the door: the new one serves this visit. */
  changed(next: string | null): void {
    this.#pin = next ?? '';
    this.#hasAdminPin = next !== null;
  }

  /** 锁上: closes the door again (the password must be typed again). */
  lock(): void {
    if (!this.#hasAdminPin) return;
    this.#open = false;
    this.#pin = '';
    this.#error = null;
  }
}

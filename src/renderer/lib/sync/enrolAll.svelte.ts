import type { EnrolAllResult } from '@shared/ipc/contract/sync';
import type { Backend } from '../backend/backend';
import { errorText } from '../app/errorText';
import { ENROL_ALL_MESSAGES as M } from './messages';

/**
 * 为本机所有学员连接培训机构 in 设置 → 培训机构管理: the administrator's one step that connects every learner of this
 * PC not yet connected. Main checks the administrator password and talks to the centre; this keeps the form's outcome.
 */
export class EnrolAllState {
  readonly #backend: Backend;
  #busy = $state(false);
  #error = $state<string | null>(null);
  #result = $state<EnrolAllResult | null>(null);

  constructor(backend: Backend) {
    this.#backend = backend;
  }

  get busy() {
    return this.#busy;
  }
  /** Why the whole step was refused (wrong code, centre unreachable, password), or null. */
  get error() {
    return this.#error;
  }
  /** How each learner fared in the last step, or null. */
  get result() {
    return this.#result;
  }
  /** The line above the list: how many were connected now and how many were not. */
  get summary(): string | null {
    const r = this.#result;
    if (!r) return null;
    const connected = r.results.filter((x) => x.outcome === 'connected').length;
    const failed = r.results.filter((x) => x.outcome === 'failed').length;
    return connected || failed ? M.summary(connected, failed, r.className) : M.nobody;
  }

  /** `adminPin` is the password accepted at the door of 培训机构管理 ('' when the PC has none: main says so). */
  async connect(f: { centreUrl: string; code: string; consent: boolean }, adminPin: string): Promise<boolean> {
    this.#error = null;
    if (!f.consent) {
      this.#error = M.needConsent;
      return false;
    }
    this.#busy = true;
    this.#result = null;
    try {
      this.#result = await this.#backend['sync:enrolAll']({
        centreUrl: f.centreUrl,
        code: f.code,
        consent: true,
        ...(adminPin ? { adminPin } : {}),
      });
      return true;
    } catch (e) {
      this.#error = errorText(e, M.failed);
      return false;
    } finally {
      this.#busy = false;
    }
  }
}

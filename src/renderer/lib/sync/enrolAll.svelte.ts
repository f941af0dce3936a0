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
  /** The centre and class code of the last step that reached the centre (a retry with 个人码 uses them). */
  #form: { centreUrl: string; code: string } | null = null;

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

  /** Learners the class already has by that name, whose 个人码 may be typed to connect them as that learner. */
  get needingCode(): EnrolAllResult['results'] {
    return this.#result?.results.filter((r) => r.needsPersonalCode) ?? [];
  }

  /**
   * The same step again for the learners refused for their name, with the 个人码 typed for them (profile id → code;
   * an empty one is left out). The form already given (centre, class code, consent) is used; learners connected by
   * the first run are left alone by main.
   */
  async connectWithCodes(codes: Readonly<Record<string, string>>, adminPin: string): Promise<boolean> {
    const given = Object.fromEntries(Object.entries(codes).filter(([, c]) => c.trim()));
    if (!this.#form) return false;
    if (!Object.keys(given).length) {
      this.#error = M.needPersonalCode;
      return false;
    }
    return this.connect({ ...this.#form, consent: true }, adminPin, given);
  }

  /** `adminPin` is the password accepted at the door of 培训机构管理 ('' when the PC has none: main says so). */
  async connect(
    f: { centreUrl: string; code: string; consent: boolean },
    adminPin: string,
    personalCodes?: Readonly<Record<string, string>>,
  ): Promise<boolean> {
    this.#error = null;
    if (!f.consent) {
      this.#error = M.needConsent;
      return false;
    }
    this.#busy = true;
    const before = this.#result;
    this.#result = null;
    try {
      this.#result = await this.#backend['sync:enrolAll']({
        centreUrl: f.centreUrl,
        code: f.code,
        consent: true,
        ...(adminPin ? { adminPin } : {}),
        ...(personalCodes ? { personalCodes: { ...personalCodes } } : {}),
      });
      this.#form = { centreUrl: f.centreUrl, code: f.code };
      return true;
    } catch (e) {
      this.#error = errorText(e, M.failed);
      // A refused retry keeps the list it was retrying from (the 个人码 fields stay to be typed again).
      if (personalCodes) this.#result = before;
      return false;
    } finally {
      this.#busy = false;
    }
  }
}

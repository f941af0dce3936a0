import type { Level } from '@shared/bank/schema';
import { ISO_DATE } from '@shared/formats';
import type { PublicProfile } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import { errorText } from '../app/errorText';
import { PROFILE_MESSAGES as M } from './messages';

export interface NewProfile {
  name: string;
  level: Level | null;
  /** As typed in the date field; anything but YYYY-MM-DD counts as "not given". */
  examDate: string;
  pin: string;
}

/**
 * The 选择学员 screen: the learners on this computer, opening one, creating, renaming, PINs and removing.
 * The name and PIN rules live in the contract; their messages come back from main (no copy of the rules here).
 */
export class ProfilesState {
  readonly #backend: Backend;
  readonly #onEntered: (isNew: boolean) => Promise<void>;
  #profiles = $state<PublicProfile[]>([]);
  #error = $state<string | null>(null);
  /** Where the message belongs: `top`, or the place of the box it is about (e.g. `open:<id>`), shown beside it. */
  #errorAt = $state('top');

  /** `onEntered` runs once a learner was opened or created (the app reads their records and shows home). */
  constructor(backend: Backend, onEntered: (isNew: boolean) => Promise<void>) {
    this.#backend = backend;
    this.#onEntered = onEntered;
  }

  get profiles() {
    return this.#profiles;
  }
  get error() {
    return this.#error;
  }

  /** The message for one place on the screen (null when the last message belongs elsewhere). */
  errorAt(place: string): string | null {
    return this.#errorAt === place ? this.#error : null;
  }

  async load(): Promise<void> {
    try {
      this.#profiles = (await this.#backend['profiles:list'](undefined)).profiles;
    } catch (e) {
      this.#error = errorText(e, M.failed);
    }
  }

  async #run(work: () => Promise<unknown>, place = 'top'): Promise<boolean> {
    try {
      await work();
      this.#error = null;
      return true;
    } catch (e) {
      this.#error = errorText(e, M.failed);
      this.#errorAt = place;
      return false;
    }
  }

  /** Opens `p` (with `pin` when it has one); true when the learner is in. */
  async open(p: PublicProfile, pin: string): Promise<boolean> {
    const ok = await this.#run(() => this.#backend['profiles:open']({ id: p.id, ...(p.hasPin ? { pin } : {}) }), `open:${p.id}`);
    if (ok) await this.#onEntered(false);
    return ok;
  }

  async create(form: NewProfile): Promise<boolean> {
    const level = form.level;
    if (!level) {
      this.#error = M.needLevel;
      this.#errorAt = 'create';
      return false;
    }
    const ok = await this.#run(
      () =>
        this.#backend['profiles:create']({
          name: form.name,
          level,
          examDate: ISO_DATE.test(form.examDate) ? form.examDate : null,
          pin: form.pin || null,
        }),
      'create',
    );
    if (ok) await this.#onEntered(true);
    return ok;
  }

  /** Each change re-reads the list afterwards, whether it went through or not. */
  async #change(work: () => Promise<unknown>, place: string): Promise<boolean> {
    const ok = await this.#run(work, place);
    await this.load();
    return ok;
  }

  rename(p: PublicProfile, name: string, pin: string): Promise<boolean> {
    return this.#change(
      () => this.#backend['profiles:rename']({ id: p.id, name: name.trim(), ...(p.hasPin ? { pin } : {}) }),
      `manage:${p.id}`,
    );
  }

  /** `next` empty removes the PIN. */
  setPin(p: PublicProfile, next: string, oldPin: string): Promise<boolean> {
    return this.#change(
      () => this.#backend['profiles:setPin']({ id: p.id, pin: next || null, ...(p.hasPin ? { oldPin } : {}) }),
      `manage:${p.id}`,
    );
  }

  async resetPin(p: PublicProfile, adminPin: string): Promise<boolean> {
    const ok = await this.#run(() => this.#backend['profiles:resetPin']({ id: p.id, adminPin }), `reset:${p.id}`);
    if (ok) await this.load();
    return ok;
  }

  remove(p: PublicProfile, pin: string): Promise<boolean> {
    return this.#change(() => this.#backend['profiles:delete']({ id: p.id, ...(p.hasPin ? { pin } : {}) }), `manage:${p.id}`);
  }
}

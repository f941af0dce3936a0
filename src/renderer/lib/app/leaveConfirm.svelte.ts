/**
 * A yes/no question before leaving a screen (a running mock): `ask()` opens it and resolves with the learner's
 * answer; asking again while it is open gives the same answer to both.
 */
export class LeaveConfirm {
  #open = $state(false);
  #pending: Promise<boolean> | null = null;
  #resolve: ((yes: boolean) => void) | null = null;

  get open(): boolean {
    return this.#open;
  }

  ask(): Promise<boolean> {
    if (this.#pending) return this.#pending;
    this.#open = true;
    this.#pending = new Promise<boolean>((resolve) => (this.#resolve = resolve));
    return this.#pending;
  }

  answer(yes: boolean): void {
    const resolve = this.#resolve;
    this.#open = false;
    this.#pending = null;
    this.#resolve = null;
    resolve?.(yes);
  }
}

import { BackendError } from '../backend/backend';

/**
 * What to show the learner for a failed action: main's own coded message when the failure came from main (already
 * Chinese and saying what to do), otherwise the feature's `fallback` from its messages module.
 */
export function errorText(e: unknown, fallback: string): string {
  return e instanceof BackendError ? e.message : fallback;
}

/** True when `e` is main's refusal that asks for consent first (the call can be repeated with it). */
export function needsConfirm(e: unknown): e is BackendError {
  return e instanceof BackendError && e.code === 'NEEDS_CONFIRM';
}

import type { PinHash } from './pinHash';

/**
 * Whom an administrator PIN may act for (reset a forgotten PIN, include in class results): learners without a PIN,
 * and learners who set their PIN after the administrator PIN existed — they chose a PIN on a machine that already had
 * an administrator. A PIN set before (or whose time is unknown) is beyond it: otherwise anyone could set a new
 * administrator PIN and open a classmate's records. A learner brings themselves under it by setting their PIN again.
 */
export function adminCovers(admin: Pick<PinHash, 'setAt'> | null, learnerPin: Pick<PinHash, 'setAt'> | null): boolean {
  if (learnerPin === null) return true;
  if (admin === null || admin.setAt === undefined || learnerPin.setAt === undefined) return false;
  return learnerPin.setAt > admin.setAt;
}

import { AppError } from '@shared/errors';
import { adminCovers } from '../auth/adminPower';
import { AUTH_MESSAGES } from '../auth/messages';
import { hashPin, pinMatches } from '../auth/pinHash';
import type { Profile } from '../storage/profilesRepo';
import type { Services } from './services';

/** What this feature uses of the services. */
type Deps = Pick<Services, 'config' | 'machine' | 'pinAttempts'>;

const M = {
  needPin: '这项操作需要管理员密码。请输入培训机构老师设置的管理员密码（4 到 8 位数字）。',
  wrongPin: '管理员密码不正确，请重新输入。',
};

/** Passes when no administrator PIN is set on this machine, or when `pin` is it; otherwise a coded refusal (throttled). */
export async function checkAdmin(s: Deps, pin: string | undefined): Promise<void> {
  const stored = s.machine.get().adminPin;
  if (!stored) return;
  if (!pin) throw new AppError('FORBIDDEN', M.needPin);
  await s.pinAttempts.check('admin', () => pinMatches(pin, stored), M.wrongPin);
}

/** An administrator PIN must exist and be given (for what is never open to everyone, e.g. the centre-bank folder). */
export async function requireAdmin(s: Deps, pin: string | undefined): Promise<void> {
  if (!s.machine.get().adminPin) throw new AppError('FORBIDDEN', AUTH_MESSAGES.needAdminFirst);
  await checkAdmin(s, pin);
}

/** Whether this machine's administrator PIN may act for this learner (see auth/adminPower.ts). */
export function adminActsFor(s: Deps, p: Profile): boolean {
  return adminCovers(s.machine.get().adminPin, p.pin);
}

export function adminStatus(s: Deps): { hasAdminPin: boolean } {
  return { hasAdminPin: s.machine.get().adminPin !== null };
}

/**
 * Sets, changes (the current PIN is needed) or removes (next = null) the administrator PIN of this machine. A changed
 * PIN keeps the time the first one was set, so it acts for the same learners; a new one acts only for learners who
 * set their PIN after it.
 */
export async function setAdminPin(
  s: Deps,
  current: string | undefined,
  next: string | null,
): Promise<{ hasAdminPin: boolean; saved: boolean }> {
  await checkAdmin(s, current);
  const before = s.machine.get().adminPin;
  const setAt = before ? before.setAt : s.config.now();
  // Not saved = kept for this run and written once the disk accepts it (the storage banner says so).
  const saved = await s.machine.set({ ...s.machine.get(), adminPin: next === null ? null : await hashPin(next, setAt) });
  return { ...adminStatus(s), saved };
}

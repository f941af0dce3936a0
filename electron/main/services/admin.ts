import { AppError } from '@shared/errors';
import { hashPin, pinMatches } from '../storage/profilesRepo';
import type { Services } from './services';

const M = {
  needPin: '这项操作需要管理员 PIN。请输入培训机构管理员设置的 PIN。',
  wrongPin: '管理员 PIN 不正确，请重试。',
};

/** Passes when no administrator PIN is set on this machine, or when `pin` is it; otherwise a coded refusal. */
export async function checkAdmin(s: Services, pin: string | undefined): Promise<void> {
  const stored = s.machine.get().adminPin;
  if (!stored) return;
  if (!pin) throw new AppError('FORBIDDEN', M.needPin);
  if (!(await pinMatches(pin, stored))) throw new AppError('FORBIDDEN', M.wrongPin);
}

export function adminStatus(s: Services): { hasAdminPin: boolean } {
  return { hasAdminPin: s.machine.get().adminPin !== null };
}

/** Sets, changes (the current PIN is needed) or removes (next = null) the administrator PIN of this machine. */
export async function setAdminPin(
  s: Services,
  current: string | undefined,
  next: string | null,
): Promise<{ hasAdminPin: boolean; saved: boolean }> {
  await checkAdmin(s, current);
  // Not saved = kept for this run and written once the disk accepts it (the storage banner says so).
  const saved = await s.machine.set({ ...s.machine.get(), adminPin: next === null ? null : await hashPin(next) });
  return { ...adminStatus(s), saved };
}

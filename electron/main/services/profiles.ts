import { mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { Level } from '@shared/bank/schema';
import { AppError } from '@shared/errors';
import type { PublicProfile } from '@shared/ipc/contract';
import { AUTH_MESSAGES } from '../auth/messages';
import { hashPin, pinMatches } from '../auth/pinHash';
import type { Profile } from '../storage/profilesRepo';
import { adminActsFor, checkAdmin } from './admin';
import type { Services } from './services';
import { randomHex } from './random';

/** What this feature uses of the services. */
type Deps = Pick<
  Services,
  'backupsDir' | 'config' | 'learnerDir' | 'learnerId' | 'machine' | 'pinAttempts' | 'profiles' | 'settings' | 'switchLearner'
>;

const M = {
  notFound: '没有找到这位学员，可能已被删除。请返回开始页面。',
  wrongPin: '数字密码不正确，请重新输入。忘记密码请找老师。',
  noAdminPin: '本机还没有设置管理员密码，所以不能重置学员的数字密码。请老师先在“设置 → 培训机构管理（老师用）”中设置管理员密码。',
  pinNeeded: '这位学员设置了数字密码，请输入密码（4 到 8 位数字）。',
  duplicate: '已经有同名的学员了，请换一个名字（例如加上学号）。',
};

export const toPublicProfile = (p: Profile): PublicProfile => ({
  id: p.id,
  name: p.name,
  level: p.level,
  examDate: p.examDate,
  hasPin: p.pin !== null,
});

function profileOrThrow(s: Deps, id: string): Profile {
  const p = s.profiles.get(id);
  if (!p) throw new AppError('NOT_FOUND', M.notFound);
  return p;
}

/** Passes for a learner without a PIN or with the right one; wrong tries are counted and slowed down (auth/pinAttempts). */
async function checkPin(s: Deps, p: Profile, pin: string | undefined): Promise<void> {
  const stored = p.pin;
  if (!stored) return;
  if (!pin) throw new AppError('FORBIDDEN', M.pinNeeded);
  await s.pinAttempts.check(`learner:${p.id}`, () => pinMatches(pin, stored), M.wrongPin);
}

export function listProfiles(s: Deps): { profiles: PublicProfile[]; current: string | null } {
  return { profiles: s.profiles.all().map(toPublicProfile), current: s.learnerId };
}

/** A new learner with their own folder, opened at once. */
export async function createProfile(
  s: Deps,
  a: { name: string; level: Level; examDate?: string | null; pin?: string | null },
): Promise<{ id: string }> {
  if (s.profiles.all().some((p) => p.name === a.name)) throw new AppError('REFUSED', M.duplicate);
  const id = `l-${s.config.now().toString(36)}-${randomHex(s.config, 6)}`;
  const profile: Profile = {
    id,
    name: a.name,
    level: a.level,
    examDate: a.examDate ?? null,
    createdAt: s.config.now(),
    pin: a.pin ? await hashPin(a.pin, s.config.now()) : null,
  };
  await s.profiles.save([...s.profiles.all(), profile]);
  await s.switchLearner(id);
  await s.settings.update({ level: a.level, examDate: a.examDate ?? null });
  return { id };
}

export async function openProfile(s: Deps, id: string, pin?: string): Promise<{ id: string }> {
  await checkPin(s, profileOrThrow(s, id), pin);
  await s.switchLearner(id);
  return { id };
}

/** Renaming needs the learner's PIN (a classmate must not relabel someone else's records). */
export async function renameProfile(s: Deps, id: string, name: string, pin?: string): Promise<PublicProfile> {
  await checkPin(s, profileOrThrow(s, id), pin);
  if (s.profiles.all().some((p) => p.name === name && p.id !== id)) throw new AppError('REFUSED', M.duplicate);
  await s.profiles.save(s.profiles.all().map((p) => (p.id === id ? { ...p, name } : p)));
  return toPublicProfile(profileOrThrow(s, id));
}

export async function setPin(s: Deps, id: string, pin: string | null, oldPin?: string): Promise<PublicProfile> {
  await checkPin(s, profileOrThrow(s, id), oldPin);
  const stored = pin ? await hashPin(pin, s.config.now()) : null;
  await s.profiles.save(s.profiles.all().map((p) => (p.id === id ? { ...p, pin: stored } : p)));
  return toPublicProfile(profileOrThrow(s, id));
}

/**
 * A learner forgot their PIN: the centre administrator clears it with the administrator PIN — only for a learner who
 * set the PIN after the administrator PIN existed (auth/adminPower.ts). Without an administrator PIN nobody can.
 */
export async function resetPin(s: Deps, id: string, adminPin: string): Promise<PublicProfile> {
  const p = profileOrThrow(s, id);
  if (!s.machine.get().adminPin) throw new AppError('FORBIDDEN', M.noAdminPin);
  await checkAdmin(s, adminPin || undefined);
  if (!adminActsFor(s, p)) throw new AppError('FORBIDDEN', AUTH_MESSAGES.notCovered);
  await s.profiles.save(s.profiles.all().map((x) => (x.id === p.id ? { ...x, pin: null } : x)));
  return toPublicProfile(profileOrThrow(s, id));
}

/** Removes a learner from the list; their folder is kept under backups/<id>/deleted-<time>, never erased. */
export async function deleteProfile(s: Deps, id: string, pin?: string): Promise<{ ok: boolean }> {
  await checkPin(s, profileOrThrow(s, id), pin);
  if (s.learnerId === id) await s.switchLearner(null);
  const kept = join(s.backupsDir(id), `deleted-${s.config.now()}`);
  await mkdir(s.backupsDir(id), { recursive: true });
  await rename(s.learnerDir(id), kept).catch((e: unknown) => {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  });
  await s.profiles.save(s.profiles.all().filter((p) => p.id !== id));
  return { ok: true };
}

/** Keeps the start screen's level and exam date in step with the learner's settings. */
export async function syncProfile(s: Deps): Promise<void> {
  const id = s.learnerId;
  if (!id) return;
  const { level, examDate } = s.settings.get();
  const p = s.profiles.get(id);
  if (p && (p.level !== level || p.examDate !== examDate)) {
    await s.profiles.save(s.profiles.all().map((x) => (x.id === id ? { ...x, level, examDate } : x)));
  }
}

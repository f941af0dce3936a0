import { stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { AppError } from '@shared/errors';
import type { CentreStatus } from '@shared/ipc/contract';
import { centreFolderOf } from '../bank/centreFolder';
import type { Services } from './services';
import { adminStatus, requireAdmin } from './admin';

/** What this feature uses of the services. */
type Deps = Pick<Services, 'bank' | 'bankSources' | 'config' | 'machine' | 'pinAttempts' | 'reloadBank'>;

const CENTRE_PREFIX = '机构题库/';

const M = {
  fixed: '机构题库文件夹由启动参数（--centre-banks 或 SGL_CENTRE_BANKS）指定，不能在这里更改。请修改启动方式后重新打开社工路。',
  notAbsolute: '请填写完整的文件夹路径，例如 D:\\培训中心\\机构题库 或 /home/shared/机构题库。',
  missing: (dir: string) => `找不到文件夹“${dir}”。请检查路径是否正确，或先建好这个文件夹再保存。`,
  notDir: (dir: string) => `“${dir}”不是文件夹。请填写存放题库文件的文件夹路径。`,
};

const centreFolder = (s: Deps) => centreFolderOf(s.config, s.machine);

async function folderExists(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

/** What the centre folder holds now: how many items were loaded from it and every problem found in its files. */
export async function centreStatus(s: Deps): Promise<CentreStatus> {
  const { dir, source } = centreFolder(s);
  const problems = s.bank.problems
    .filter((p) => p.file.startsWith(CENTRE_PREFIX))
    .map((p) => ({ file: p.file, itemId: p.itemId, field: p.field, message: p.message }));
  return {
    dir,
    source,
    exists: await folderExists(dir),
    items: s.bankSources.centreItems,
    files: s.bankSources.centreFiles,
    problems,
    notice: s.machine.notice,
    ...adminStatus(s),
  };
}

/** Reads the centre folder again (after an administrator dropped or replaced files), for every learner. */
export async function reloadCentre(s: Deps): Promise<CentreStatus> {
  await s.reloadBank(centreFolder(s).dir);
  return centreStatus(s);
}

/** Sets the machine's centre-bank folder (null = the default folder), then reads it. A launch flag wins. */
export async function setCentreFolder(s: Deps, dir: string | null, adminPin?: string): Promise<CentreStatus & { saved: boolean }> {
  if (s.config.centreBanksDir) throw new AppError('REFUSED', M.fixed);
  await requireAdmin(s, adminPin);
  let next: string | null = null;
  if (dir !== null && dir.trim() !== '') {
    const given = dir.trim();
    if (!isAbsolute(given)) throw new AppError('REFUSED', M.notAbsolute);
    next = resolve(given);
    try {
      if (!(await stat(next)).isDirectory()) throw new AppError('REFUSED', M.notDir(next));
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw new AppError('REFUSED', M.missing(next));
    }
  }
  const saved = await s.machine.set({ ...s.machine.get(), centreBanksDir: next });
  return { ...(await reloadCentre(s)), saved };
}

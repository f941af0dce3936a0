import { join } from 'node:path';
import type { CentreStatus } from '@shared/ipc/contract';
import type { MachineConfigRepo } from '../storage/machineConfigRepo';

/** Where the centre's extra banks are read from, and why: a launch flag, else the machine setting, else the default. */
export function centreFolderOf(
  config: { centreBanksDir?: string; dataDir: string },
  machine: Pick<MachineConfigRepo, 'get'>,
): { dir: string; source: CentreStatus['source'] } {
  if (config.centreBanksDir) return { dir: config.centreBanksDir, source: 'launch' };
  const set = machine.get().centreBanksDir;
  if (set) return { dir: set, source: 'setting' };
  return { dir: join(config.dataDir, 'centre-banks'), source: 'default' };
}

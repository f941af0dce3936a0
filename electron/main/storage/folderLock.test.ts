import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../test/support/repoRoot';
import { questionsDirForTesting, tempDataDir } from '../../../test/support/questionsDirForTesting';
import { servicesForTesting } from '../../../test/support/openForTesting';
import { LOCK_FILE } from './folderLock';

/** Another process holding the folder, as a second runtime (Electron, the browser runtime, another account) would. */
function otherProcess(dataDir: string): Promise<{ kill: () => Promise<void> }> {
  const script = `import { lockDataFolder } from ${JSON.stringify(join(repoRoot, 'electron/main/storage/folderLock.ts'))};
await lockDataFolder(${JSON.stringify(dataDir)}, 'web', () => Date.now());
console.log('HELD');
setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('HELD'))
        resolve({ kill: () => new Promise<void>((r) => (child.once('exit', () => r()), child.kill('SIGKILL'))) });
    });
    child.once('exit', (code) => reject(new Error(`lock holder exited early (${code})`)));
  });
}

const open = (dataDir: string) =>
  servicesForTesting({ learner: 'default', dataDir, questionsDir: questionsDirForTesting(), now: () => Date.UTC(2026, 11, 2) });

describe('issue 12, hole 7: one writer per data folder across processes', () => {
  it('refuses a second program on a folder in use, naming who holds it, and takes over once that one is gone', async () => {
    const dataDir = tempDataDir();
    const holder = await otherProcess(dataDir);
    await expect(open(dataDir)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/正被另一个社工路使用（浏览器版.*进程 \d+/),
    });
    // Killed (a crash): its lock is stale and the next start takes the folder.
    await holder.kill();
    const s = await open(dataDir);
    await s.answers.append({
      questionId: 'jc25-06-001',
      at: Date.UTC(2026, 11, 2),
      choice: ['A'],
      correct: true,
      score: 1,
      responseMs: 800,
      mode: 'practice',
    });
    await s.dispose();
  }, 30_000);

  it('a lock file cut short by a crash is not a reason to refuse', async () => {
    const dataDir = tempDataDir();
    writeFileSync(join(dataDir, LOCK_FILE), '{"pid": 12');
    const s = await open(dataDir);
    await s.dispose();
  });
});

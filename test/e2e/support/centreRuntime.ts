import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../support/repoRoot';

/** Starts the centre service (`npm run centre`'s entry) on an embedded PostgreSQL in `dataDir` and waits until it listens. */
export async function startCentreService(dataDir: string): Promise<{ url: string; stop: () => Promise<void>; logs: string[] }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(repoRoot, 'electron', 'centre', 'cli.ts'), '--data', dataDir, '--port', '0'],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const logs: string[] = [];
  child.stderr.on('data', (d: Buffer) => logs.push(d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    // The first open of a new PGlite folder creates the cluster (~10–15 s on two idle cores; over 60 s seen under load).
    const timer = setTimeout(() => reject(new Error(`centre did not start:\n${logs.join('')}`)), 180_000);
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /SGL_CENTRE_READY (\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`centre exited with ${code}:\n${logs.join('')}`));
    });
  });
  return {
    url,
    logs,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

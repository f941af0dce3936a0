import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../support/repoRoot';

const root = repoRoot;

export interface RunningApp {
  url: string;
  origin: string;
  stop(): Promise<void>;
  /** SIGKILL: the runtime dies as in a crash or a power cut (no clean shutdown). */
  kill(): Promise<void>;
  logs: string[];
}

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'sgl-e2e-'));
}

/** Starts the app's browser runtime (`electron/web/cli.ts`) on a data folder and waits for its ready line. */
export async function startApp(dataDir: string, extraArgs: string[] = [], startTimeoutMs = 30_000): Promise<RunningApp> {
  if (!existsSync(join(root, 'out', 'renderer', 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` before the e2e tests');
  }
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'electron', 'web', 'cli.ts'), '--data', dataDir, '--port', '0', ...extraArgs],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const logs: string[] = [];
  child.stderr?.on('data', (d: Buffer) => logs.push(d.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser runtime did not start:\n${logs.join('')}`)), startTimeoutMs);
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /SGL_READY (\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolveUrl(m[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser runtime exited with ${code}:\n${logs.join('')}`));
    });
  });
  return {
    url,
    origin: new URL(url).origin,
    logs,
    // A runtime that does not exit within 20 s is a bug (it once hung on an idle socket): fail with its log.
    stop: () =>
      new Promise<void>((done, fail) => {
        if (child.exitCode !== null) return done();
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          fail(new Error(`browser runtime did not stop within 20 s of SIGTERM:\n${logs.join('')}`));
        }, 20_000);
        child.once('exit', () => {
          clearTimeout(timer);
          done();
        });
        child.kill('SIGTERM');
      }),
    kill: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGKILL');
      }),
  };
}

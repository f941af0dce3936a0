import { defaultFold } from '../../../test/support/defaultFold';
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '@core/exam/random';
import { tempDataDir } from '../../../test/support/questionsDirForTesting';
import { repoRoot } from '../../../test/support/repoRoot';
import { openAnswersRepo } from './answersRepo';
import { openSettingsRepo } from './settingsRepo';
import { StorageHealth } from './storageHealth';

const KILLS = 50;
let childScript = '';

beforeAll(async () => {
  // Bundle the child once so each spawn starts in milliseconds.
  // Inside the project so the child resolves its packages from node_modules.
  childScript = join(resolve(repoRoot, 'node_modules/.cache'), `sgl-crash-child-${process.pid}.mjs`);
  await build({
    entryPoints: [resolve(repoRoot, 'test/support/answerWriterChild.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: childScript,
    logLevel: 'silent',
  });
});

function runAndKill(dir: string, start: number, afterAcks: number, delayMs: number): Promise<{ acked: number[]; settingsAcked: number }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [childScript, dir, String(start)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const acked: number[] = [];
    let settingsAcked = 0;
    let buf = '';
    let armed = false;
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop() ?? '';
      for (const l of lines) {
        const [kind, n] = l.split(' ');
        if (kind === 'ack') acked.push(Number(n));
        if (kind === 'settings') settingsAcked++;
      }
      if (!armed && acked.length >= afterAcks) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') done({ acked, settingsAcked });
      else fail(new Error(`child exited with ${code}`));
    });
  });
}

describe('crash safety (SIGKILL at random moments)', () => {
  it(`keeps every acknowledged answer across ${KILLS} kills, and every document stays whole`, async () => {
    const dir = tempDataDir();
    const rand = seededRandom(20261128);
    let next = 0;
    let totalAcked = 0;
    for (let k = 0; k < KILLS; k++) {
      const { acked } = await runAndKill(dir, next, 1 + Math.floor(rand() * 5), Math.floor(rand() * 40));
      const health = new StorageHealth(() => {}, 60_000);
      const answers = await openAnswersRepo(dir, health, defaultFold());
      const history = await answers.history();
      const ids = new Set(history.map((r) => r.questionId));
      for (const i of acked) expect(ids.has(`q-${i}`), `acknowledged answer q-${i} survived kill ${k}`).toBe(true);
      // The log is a gap-free prefix: nothing in the middle went missing.
      expect(history.map((r) => r.questionId)).toEqual(Array.from({ length: history.length }, (_, i) => `q-${i}`));
      // The index agrees with the log after every crash.
      expect(answers.model().questions.size).toBe(history.length);
      // …and counts each answer once (every question is answered once in this test).
      expect(
        [...answers.model().questions].filter(([, q]) => q.attempts !== 1).map(([id]) => id),
        `after kill ${k}`,
      ).toEqual([]);
      // Settings are the old or the new version, never a mix: they open without any notice.
      const settings = await openSettingsRepo(dir, health);
      expect(settings.notice).toBeNull();
      await answers.close();
      next = history.length;
      totalAcked += acked.length;
    }
    expect(totalAcked).toBeGreaterThan(KILLS);
  }, 120_000);
});

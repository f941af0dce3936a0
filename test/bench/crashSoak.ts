/**
 * `npm run crash:soak [-- --kills 200]`: the fault soak of issue 12, through the browser runtime's HTTP bridge as a
 * learner's page uses it. Each round starts the runtime on one data folder, records practice answers and mock-exam
 * answers (and 交卷) over HTTP as fast as the bridge takes them, and SIGKILLs the runtime at a random moment. After
 * each kill the records are opened and checked: every acknowledged answer present (lost = 0), none twice
 * (doubled = 0), every submitted paper logged once; a runtime that did not come up again is a failed start.
 * Prints a table and writes crash-soak-results.json. Not part of `npm test` (it takes minutes).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { seededRandom } from '@core/exam/random';
import { createServices } from '../../electron/main/services/createServices';
import { questionsDirForTesting } from '../support/questionsDirForTesting';
import { repoRoot } from '../support/repoRoot';

const { values } = parseArgs({ options: { kills: { type: 'string' }, seed: { type: 'string' } } });
const KILLS = Number(values.kills ?? 200);
const rand = seededRandom(Number(values.seed ?? 20261202));
const work = mkdtempSync(join(tmpdir(), 'sgl-soak-'));
const dataDir = join(work, 'data');
const questionsDir = questionsDirForTesting();
const token = 't'.repeat(48);
/** How long a start may take before it counts as failed (a machine shared with other work is slow to start node). */
const START_TIMEOUT_MS = Number(process.env['SOAK_START_TIMEOUT_MS'] ?? 20_000);

// The runtime bundled once, so each restart takes milliseconds rather than a TypeScript compile.
const cli = join(repoRoot, 'node_modules/.cache', `sgl-soak-cli-${process.pid}.mjs`);
await build({
  entryPoints: [join(repoRoot, 'electron/web/cli.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile: cli,
  logLevel: 'silent',
  alias: { '@core': join(repoRoot, 'src/core'), '@shared': join(repoRoot, 'src/shared') },
});

function startRuntime(): Promise<{ child: ChildProcess; origin: string } | null> {
  const child = spawn(process.execPath, [cli, '--data', dataDir, '--questions', questionsDir, '--port', '0', '--token', token], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve) => {
    let out = '';
    // A start that takes too long (a loaded machine) counts as failed, and that runtime is stopped: left running, it
    // would hold the folder's lock and keep writing beside the next one.
    const timer = setTimeout(() => child.kill('SIGKILL'), START_TIMEOUT_MS); // resolved (null) by its exit, below
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /SGL_READY (http:\/\/[^/]+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, origin: m[1]! });
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(null);
    });
  });
}

async function call<T>(origin: string, channel: string, args?: unknown): Promise<T> {
  const r = await fetch(`${origin}/api/${channel}`, {
    method: 'POST',
    headers: { Origin: origin, 'X-SGL-Token': token, 'Content-Type': 'application/json' },
    body: JSON.stringify({ args }),
  });
  const body = (await r.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`);
  return body.value as T;
}

let next = 1; // a unique responseMs marks each practice answer
const acked = new Set<number>();
const submittedAcked = new Set<string>();
let failedStarts = 0;
let kills = 0;

async function work_(origin: string, stop: { killed: boolean }): Promise<void> {
  const ids = ['jc25-06-001', 'jc25-06-002', 'jc25-06-003'];
  while (!stop.killed) {
    const n = next++;
    const r = await call<{ saved: boolean }>(origin, 'practice:answer', { questionId: ids[n % 3], choice: ['A'], responseMs: n });
    if (r.saved) acked.add(n);
    if (n % 5 === 0) {
      const exam = await call<{ id: string; questions: { id: string; type: string }[] }>(origin, 'exam:start', {
        subject: 'jc',
        custom: { counts: { single: 2, multiple: 1 }, minutes: 10 },
      }).catch(() => null); // another mock unfinished from a kill: finish that one instead
      const active = exam ?? (await call<{ id: string } | null>(origin, 'exam:active'));
      if (!active) continue;
      const view = await call<{ id: string; questions: { id: string; type: string }[]; submitted: boolean }>(origin, 'exam:get', {
        id: active.id,
      });
      for (const q of view.questions)
        await call(origin, 'exam:answer', { id: view.id, questionId: q.id, choice: q.type === 'single' ? ['B'] : ['A', 'B'] });
      await call(origin, 'exam:submit', { id: view.id });
      submittedAcked.add(view.id);
    }
  }
}

// One learner without a PIN, so the runtime opens it at start (a home PC).
const first = await createServices({ learner: 'default', dataDir, questionsDir, now: () => Date.now(), log: () => {} });
await first.settings.update({ level: 'junior' });
await first.dispose();

const started = Date.now();
for (let k = 0; k < KILLS; k++) {
  const rt = await startRuntime();
  if (!rt) {
    failedStarts++;
    continue;
  }
  const stop = { killed: false };
  const running = work_(rt.origin, stop).catch(() => {}); // requests cut by the kill fail; only acknowledged ones count
  await new Promise((r) => setTimeout(r, 50 + Math.floor(rand() * 700)));
  stop.killed = true;
  rt.child.kill('SIGKILL');
  await new Promise((r) => rt.child.once('exit', r));
  await running;
  kills++;
}

// Open the records once more and count.
const s = await createServices({ learner: 'default', dataDir, questionsDir, now: () => Date.now(), log: () => {} });
const history = await s.answers.history();
const practice = history.filter((r) => r.mode === 'practice');
const seen = new Map<number, number>();
for (const r of practice) seen.set(r.responseMs, (seen.get(r.responseMs) ?? 0) + 1);
const lost = [...acked].filter((n) => !seen.has(n)).length;
const doubled = [...seen.values()].filter((c) => c > 1).length;
let examLost = 0;
let examDoubled = 0;
for (const id of submittedAcked) {
  const e = s.exams.get(id);
  const logged = history.filter((r) => r.examId === id).map((r) => r.questionId);
  if (!e || e.submittedAt === null || !e.answersLogged) examLost++;
  if (new Set(logged).size !== logged.length) examDoubled++;
}
await s.dispose();
const result = {
  kills,
  seconds: Math.round((Date.now() - started) / 1000),
  acknowledgedAnswers: acked.size,
  acknowledgedSubmits: submittedAcked.size,
  lost,
  doubled,
  examPapersLost: examLost,
  examPapersDoubled: examDoubled,
  failedStarts,
};
console.table(result);
writeFileSync(join(repoRoot, 'crash-soak-results.json'), `${JSON.stringify(result, null, 2)}\n`);
process.exitCode = lost || doubled || examLost || examDoubled || failedStarts ? 1 : 0;

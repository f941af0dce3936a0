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

describe('crash safety inside 交卷 and imports (SIGKILL at random moments)', () => {
  const EXAM_KILLS = 20;
  let examChild = '';
  beforeAll(async () => {
    examChild = join(resolve(repoRoot, 'node_modules/.cache'), `sgl-exam-child-${process.pid}.mjs`);
    await build({
      entryPoints: [resolve(repoRoot, 'test/support/examWriterChild.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outfile: examChild,
      logLevel: 'silent',
      alias: { '@core': resolve(repoRoot, 'src/core'), '@shared': resolve(repoRoot, 'src/shared') },
    });
  });

  function runExamChild(args: string[], killAfterMs: number): Promise<{ submitted: Set<string>; imported: number }> {
    return new Promise((done, fail) => {
      const child = spawn(process.execPath, [examChild, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
      const submitted = new Set<string>();
      let imported = 0;
      let buf = '';
      child.stdout.on('data', (d: Buffer) => {
        buf += d.toString();
        const lines = buf.split('\n');
        buf = lines.pop() ?? '';
        for (const l of lines) {
          const [kind, id] = l.split(' ');
          if (kind === 'ready') setTimeout(() => child.kill('SIGKILL'), killAfterMs);
          if (kind === 'submitted') submitted.add(id!);
          if (kind === 'imported') imported++;
        }
      });
      child.on('exit', (code, signal) =>
        signal === 'SIGKILL' ? done({ submitted, imported }) : fail(new Error(`exam child exited with ${code}`)),
      );
    });
  }

  it(`after ${EXAM_KILLS} kills: every submitted paper's answers are in the log exactly once, imports never double`, async () => {
    const { questionsDirForTesting } = await import('../../../test/support/questionsDirForTesting');
    const { servicesForTesting } = await import('../../../test/support/openForTesting');
    const { writeFileSync } = await import('node:fs');
    const questionsDir = questionsDirForTesting();
    // A progress file from "another machine" with 30 answers to import again and again.
    const t0 = Date.UTC(2026, 10, 1);
    const reviews = Array.from({ length: 30 }, (_, i) => ({
      questionId: `jc25-06-00${1 + (i % 3)}`,
      at: t0 + i * 1000,
      choice: ['A'],
      correct: true,
      score: 1,
      responseMs: 900,
      mode: 'practice',
      guessed: false,
      grade: null,
    }));
    const data = { settings: { level: 'junior', examDate: null }, favourites: {}, notes: {}, caseAttempts: [], exams: [], reviews };
    const { createHash } = await import('node:crypto');
    const file = {
      format: 'shegonglu-progress',
      version: 1,
      exportedAt: t0,
      learner: '学员1',
      sha256: createHash('sha256').update(JSON.stringify(data)).digest('hex'),
      data,
    };
    const progressFile = join(tempDataDir(), 'progress.json');
    writeFileSync(progressFile, JSON.stringify(file));
    const dir = tempDataDir();
    const rand = seededRandom(20261202);
    let at = Date.UTC(2026, 11, 2, 1);
    let ackedSubmits = 0;
    for (let k = 0; k < EXAM_KILLS; k++) {
      const { submitted } = await runExamChild([dir, questionsDir, progressFile, String(at)], 150 + Math.floor(rand() * 600));
      ackedSubmits += submitted.size;
      const s = await servicesForTesting({ learner: 'default', dataDir: dir, questionsDir, now: () => at });
      const history = await s.answers.history();
      for (const e of s.exams.all()) {
        const logged = history.filter((r) => r.examId === e.id);
        if (e.submittedAt === null) {
          expect(logged, `unsubmitted paper ${e.id} has no answers in the log (kill ${k})`).toEqual([]);
          continue;
        }
        // Completed on open if the kill fell inside 交卷.
        expect(e.answersLogged, `paper ${e.id} completed (kill ${k})`).toBe(true);
        expect(logged.map((r) => r.questionId).sort(), `paper ${e.id} logged once (kill ${k})`).toEqual(
          e.items.filter((q) => e.answers[q]?.length).sort(),
        );
      }
      for (const id of submitted) expect(s.exams.get(id)?.submittedAt, `acknowledged 交卷 ${id} kept`).not.toBeNull();
      // Imported answers: each at most once, whatever the kill interrupted.
      const imported = history.filter((r) => r.at < Date.UTC(2026, 11, 1));
      expect(new Set(imported.map((r) => `${r.questionId}|${r.at}`)).size, `no doubled import (kill ${k})`).toBe(imported.length);
      at = Math.max(at, ...s.exams.all().map((e) => e.createdAt)) + 3600_000;
      await s.dispose();
    }
    expect(ackedSubmits).toBeGreaterThan(0);
  }, 180_000);
});

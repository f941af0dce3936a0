import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DAY } from '@core/srs/calendar';
import type { OptimizeStatus } from '@shared/ipc/contract';
import { openForTesting } from '../../../test/support/openForTesting';
import { repoRoot } from '../../../test/support/repoRoot';
import { tempDataDir } from '../../../test/support/questionsDirForTesting';
import { optimizeJob, optimizeParams, OPTIMIZE_LIMIT_MS } from './optimize';
import { PROGRESS_POLL_MS } from './optimizerWorker';

// 2026-11-28 20:00 in China.
const T0 = Date.UTC(2026, 10, 28, 12);
const FAKE = join(repoRoot, 'test', 'support', 'fakeOptimizer.cjs');

afterEach(() => {
  delete process.env['SGL_FAKE_OPTIMIZER_LOG'];
  delete process.env['SGL_FAKE_OPTIMIZER_HANG'];
});

/** An app whose learner has 1,000 graded reviews (250 cards × 4), with the optimizer module given. */
async function withReviews(optimizerBinding?: string) {
  const app = await openForTesting({ now: T0, ...(optimizerBinding ? { optimizerBinding } : {}) });
  const s = app.services;
  for (let c = 0; c < 250; c++) {
    for (let k = 0; k < 4; k++) {
      await s.answers.append({
        questionId: `c-${c}`,
        at: T0 - (200 - k * 30) * DAY + c,
        choice: ['A'],
        correct: k % 3 !== 0,
        score: 0,
        responseMs: 1,
        mode: 'today',
        grade: k % 3 !== 0 ? 'good' : 'again',
      });
    }
  }
  return app;
}

/** Resolves once the job's status satisfies `ok` (each check waits for the job's next progress or end). */
async function statusWhen(call: <T>(c: string) => Promise<T>, ok: (st: OptimizeStatus) => boolean): Promise<OptimizeStatus> {
  for (;;) {
    const st = await call<OptimizeStatus>('srs:optimizeStatus');
    if (ok(st)) return st;
    await new Promise((r) => setImmediate(r));
  }
}

describe('优化参数 off the main thread (issue 14)', () => {
  it('regression: the binding gets only its short progress poll as `timeout`, never the app limit, so a fit done at once is not held', async () => {
    const log = join(tempDataDir(), 'seen.json');
    process.env['SGL_FAKE_OPTIMIZER_LOG'] = log;
    const { services: s } = await withReviews(FAKE);
    const result = await optimizeParams(s);
    const seen = JSON.parse(readFileSync(log, 'utf8')) as { items: number; options: Record<string, unknown> };
    expect(seen.options).toEqual({ enableShortTerm: false, timeout: PROGRESS_POLL_MS, progress: 'function' });
    expect(PROGRESS_POLL_MS).toBeLessThanOrEqual(100);
    expect(PROGRESS_POLL_MS).toBeLessThan(OPTIMIZE_LIMIT_MS);
    expect(seen.items).toBe(750); // 250 cards × 3 training prefixes
    expect(result.after.logLoss).toBeGreaterThan(0);
  });

  it('answers are recorded while the optimizer works; progress is reported, and 取消 stops it and keeps the parameters', async () => {
    process.env['SGL_FAKE_OPTIMIZER_HANG'] = '1';
    const { services: s, call } = await withReviews(FAKE);
    expect((await call<OptimizeStatus>('srs:optimizeStart')).phase).toBe('running');
    // The fake has reported 1 of 4 and now works forever: the main thread must still take answers.
    expect((await statusWhen(call, (st) => st.progress !== null)).progress).toBe(0.25);
    for (const q of ['jc25-06-001', 'jc25-06-002', 'jc25-06-003']) {
      const fb = await call<{ saved: boolean }>('practice:answer', { questionId: q, choice: ['A'], responseMs: 3000 });
      expect(fb.saved).toBe(true);
    }
    expect((await call<OptimizeStatus>('srs:optimizeStatus')).phase).toBe('running');
    expect((await call<OptimizeStatus>('srs:optimizeCancel')).phase).toBe('cancelled');
    await optimizeJob(s).done;
    expect((await call<OptimizeStatus>('srs:optimizeStatus')).phase).toBe('cancelled');
    expect(s.srsParams.get().weights).toBeNull();
    expect((await s.answers.history()).filter((r) => r.mode === 'practice')).toHaveLength(3);
  });

  it('a fit that outlasts the app limit is stopped, and the learner is told', async () => {
    process.env['SGL_FAKE_OPTIMIZER_HANG'] = '1';
    const { services: s } = await withReviews(FAKE);
    await expect(optimizeParams(s, { limitMs: 200 })).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringMatching(/用时过长/),
    });
    expect(s.srsParams.get().weights).toBeNull();
  });

  it('start → status → done with the real optimizer in its worker; a second start while running does not start another', async () => {
    const { services: s, call } = await withReviews();
    const first = await call<OptimizeStatus>('srs:optimizeStart');
    expect(first.phase).toBe('running');
    expect((await call<OptimizeStatus>('srs:optimizeStart')).phase).toBe('running');
    await optimizeJob(s).done;
    const st = await call<OptimizeStatus>('srs:optimizeStatus');
    expect(st).toMatchObject({ phase: 'done', progress: 1, error: null });
    expect(st.result?.after.logLoss).toBeGreaterThan(0);
    expect(s.srsParams.get().weights !== null).toBe(st.result?.applied);
  }, 60_000);
});

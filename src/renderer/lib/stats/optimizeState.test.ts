import { describe, expect, it } from 'vitest';
import type { OptimizeStatus } from '@shared/ipc/contract';
import { BackendError } from '../backend/backend';
import { OptimizeState } from './optimizeState.svelte';

const result = {
  applied: true,
  before: { logLoss: 0.4, retention: 0.8, actual: 0.85 },
  after: { logLoss: 0.3, retention: 0.84, actual: 0.85 },
  message: '已根据你的复习记录优化参数。',
};
const running = (progress: number | null): OptimizeStatus => ({ phase: 'running', progress, result: null, error: null });

/** A backend that answers polls from a script, and a `wait` the test releases one poll at a time. */
function harness(polls: OptimizeStatus[]) {
  const calls: string[] = [];
  const waits: (() => void)[] = [];
  const backend = {
    'srs:optimizeStart': async () => (calls.push('start'), running(null)),
    'srs:optimizeStatus': async () => (calls.push('status'), polls.shift()!),
    'srs:optimizeCancel': async (): Promise<OptimizeStatus> => (
      calls.push('cancel'),
      { phase: 'cancelled', progress: 0.5, result: null, error: null }
    ),
  };
  const wait = () => new Promise<void>((r) => waits.push(r));
  const release = async () => {
    while (waits.length === 0) await Promise.resolve();
    waits.shift()!();
  };
  return { state: new OptimizeState(backend, wait), calls, release };
}

describe('OptimizeState', () => {
  it('starts, shows the progress of each poll, and ends with the result', async () => {
    const h = harness([running(0.25), running(0.75), { phase: 'done', progress: 1, result, error: null }]);
    const done = h.state.start();
    await h.release();
    await expect.poll(() => h.state.progress).toBe(0.25);
    expect(h.state.running).toBe(true);
    await h.release();
    await expect.poll(() => h.state.progress).toBe(0.75);
    await h.release();
    await done;
    expect(h.state.running).toBe(false);
    expect(h.state.result).toEqual(result);
    expect(h.calls).toEqual(['start', 'status', 'status', 'status']);
  });

  it('取消 stops the fit and the polling; the screen says it was cancelled', async () => {
    const h = harness([running(0.5), running(0.6)]);
    const done = h.state.start();
    await h.release();
    await expect.poll(() => h.state.progress).toBe(0.5);
    await h.state.cancel();
    await h.release(); // the loop wakes, sees the cancel and stops without asking again
    await done;
    expect(h.state.cancelled).toBe(true);
    expect(h.state.running).toBe(false);
    expect(h.calls).toEqual(['start', 'status', 'cancel']);
  });

  it('a failed fit shows its message; a refused start shows the backend’s message', async () => {
    const h = harness([{ phase: 'failed', progress: 0.5, result: null, error: '参数优化没有完成。' }]);
    const done = h.state.start();
    await h.release();
    await done;
    expect(h.state.error).toBe('参数优化没有完成。');
    const refused = new OptimizeState({
      'srs:optimizeStart': async () => {
        throw new BackendError('REFUSED', '至少需要 1000 次复习记录才能优化参数。');
      },
      'srs:optimizeStatus': async () => running(null),
      'srs:optimizeCancel': async () => running(null),
    });
    await refused.start();
    expect(refused.error).toMatch(/至少需要/);
    expect(refused.running).toBe(false);
  });
});

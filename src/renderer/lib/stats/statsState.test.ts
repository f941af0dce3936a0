import { describe, expect, it } from 'vitest';
import type { Backend } from '../backend/backend';
import { inProcessBackend } from '../../../../test/support/inProcessBackend';
import { StatsState } from './statsState.svelte';

describe('StatsState', () => {
  it('reads the 30-day forecast and the scheduler status', async () => {
    const s = new StatsState(await inProcessBackend());
    await s.load();
    expect(s.days).toHaveLength(30);
    expect(s.status).toMatchObject({ reviews: 0 });
    expect(s.error).toBeNull();
  });

  it('a 优化 that cannot start keeps the old parameters, says so, and leaves the status as it was', async () => {
    const real = await inProcessBackend();
    let statusReads = 0;
    const failing: Backend = {
      ...real,
      'srs:status': async (a) => {
        statusReads++;
        return real['srs:status'](a);
      },
      'srs:optimizeStart': async () => {
        throw new Error('worker died');
      },
    };
    const s = new StatsState(failing);
    await s.load();
    await s.optimize();
    expect(s.optimizer.running).toBe(false);
    expect(s.optimizer.result).toBeNull();
    expect(s.optimizer.error).toMatch(/\S/);
    expect(statusReads).toBe(1);
  });
});

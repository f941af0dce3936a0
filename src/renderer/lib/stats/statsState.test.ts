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

  it('a failed 优化 keeps the old parameters and says so', async () => {
    const real = await inProcessBackend();
    const failing: Backend = {
      ...real,
      'srs:optimize': async () => {
        throw new Error('worker died');
      },
    };
    const s = new StatsState(failing);
    await s.optimize();
    expect(s.running).toBe(false);
    expect(s.result).toBeNull();
    expect(s.error).toBe('优化没有完成，继续使用原来的参数。');
  });
});

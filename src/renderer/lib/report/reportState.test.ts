import { describe, expect, it } from 'vitest';
import type { Backend } from '../backend/backend';
import { inProcessBackend } from '../../../../test/support/inProcessBackend';
import { ReportState } from './reportState.svelte';

describe('ReportState', () => {
  it('reads the 学习报告 from main', async () => {
    const backend = await inProcessBackend();
    await backend['settings:update']({ level: 'junior' });
    const r = new ReportState(backend);
    await r.load();
    expect(r.error).toBeNull();
    expect(r.loading).toBe(false);
    expect(r.report!.subjects.length).toBeGreaterThan(0);
    expect(r.report!.calendar.days).toHaveLength(182);
    expect(r.report!.plan.forecast).toHaveLength(30);
  });

  it('a failed read says so in plain words and leaves no half report', async () => {
    const real = await inProcessBackend();
    const failing: Backend = {
      ...real,
      'report:get': async () => {
        throw new Error('disk gone');
      },
    };
    const r = new ReportState(failing);
    await r.load();
    expect(r.report).toBeNull();
    expect(r.loading).toBe(false);
    expect(r.error).toContain('读取学习报告时出错');
  });
});

// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Backend } from '../backend/backend';
import { inProcessBackend } from '../../../../test/support/inProcessBackend';
import { AppState } from './appState.svelte';

describe('AppState navigation', () => {
  it('a slow return home does not override a screen the learner chose meanwhile (regression: CI e2e)', async () => {
    const real = await inProcessBackend();
    let slowNow = false;
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const slow: Backend = {
      ...real,
      'catalog:overview': async (a) => {
        if (slowNow) await gate;
        return real['catalog:overview'](a);
      },
    };
    const app = new AppState(slow);
    await real['settings:update']({ level: 'junior' });
    // Settings are known (as after start-up), the overview is slow to load.
    await app.enterLearner();
    slowNow = true;
    const home = app.goHome();
    app.openSettings();
    release();
    await home;
    expect(app.screen.name).toBe('settings');
  });

  it('the text-size buttons work on the start screen too, without a learner, and each learner keeps their own size', async () => {
    const backend = await inProcessBackend();
    const app = new AppState(backend);
    await backend['settings:update']({ level: 'junior', fontStep: 2 });
    await app.enterLearner();
    expect(app.fontStep).toBe(2);
    await app.switchLearner();
    expect(app.screen.name).toBe('profiles');
    await app.changeFont(1);
    expect(app.error).toBeNull();
    expect(app.fontStep).toBe(1);
    const list = await backend['profiles:list'](undefined);
    await backend['profiles:open']({ id: list.profiles[0]!.id });
    await app.enterLearner();
    expect(app.fontStep).toBe(2);
  });

  it('keeps checking while a record waits for the disk, so the red banner goes away once it is saved', async () => {
    vi.useFakeTimers();
    try {
      const real = await inProcessBackend();
      let problem: string | null = '学习记录暂时无法保存到磁盘（磁盘空间已满）。';
      const backend: Backend = { ...real, 'app:status': async (a) => ({ ...(await real['app:status'](a)), storageProblem: problem }) };
      const app = new AppState(backend);
      await real['settings:update']({ level: 'junior' });
      await app.enterLearner();
      expect(app.status?.storageProblem).toMatch(/磁盘空间已满/);
      problem = null;
      await vi.advanceTimersByTimeAsync(6_000);
      expect(app.status?.storageProblem).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

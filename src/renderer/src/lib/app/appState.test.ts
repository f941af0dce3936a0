import { describe, expect, it } from 'vitest';
import type { Backend } from '../backend/backend';
import { inProcessBackend } from '../testing/inProcessBackend';
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
});

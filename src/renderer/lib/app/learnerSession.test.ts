// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Backend } from '../backend/backend';
import { inProcessBackend } from '../../../../test/support/inProcessBackend';
import { eventsFrom } from '../backend/backend';
import { createAppContext } from './appContext';
import { CHANNELS } from '@shared/ipc/contract';
import { backendFrom } from '../backend/backend';
import { createApp } from '../../../../electron/main/app';
import { questionsDirForTesting, tempDataDir } from '../../../../test/support/questionsDirForTesting';

describe('LearnerSession and Router', () => {
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
    const { learner, router } = createAppContext(slow);
    await real['settings:update']({ level: 'junior' });
    // Settings are known (as after start-up), the overview is slow to load.
    await learner.enterLearner();
    slowNow = true;
    const home = learner.goHome();
    router.open('settings');
    release();
    await home;
    expect(router.screen.name).toBe('settings');
  });

  it('a screen chosen while a learner is being entered is not replaced by home (regression: CI e2e transfer.spec)', async () => {
    const real = await inProcessBackend();
    await real['settings:update']({ level: 'junior' });
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    let asked = false;
    const slow: Backend = {
      ...real,
      'settings:get': async (a) => {
        asked = true;
        await gate;
        return real['settings:get'](a);
      },
    };
    const { learner, router } = createAppContext(slow);
    const entering = learner.init();
    // Wait until init has asked for the settings (profiles:list answered), then choose 设置.
    await vi.waitFor(() => expect(asked).toBe(true));
    router.open('settings');
    release();
    await entering;
    expect(router.screen.name).toBe('settings');
    expect(learner.settings?.level).toBe('junior');
  });

  it('without a click meanwhile, entering a learner opens home', async () => {
    const real = await inProcessBackend();
    await real['settings:update']({ level: 'junior' });
    const { learner, router } = createAppContext(real);
    await learner.init();
    expect(router.screen.name).toBe('home');
  });

  it('the text-size buttons work on the start screen too, without a learner, and each learner keeps their own size', async () => {
    const backend = await inProcessBackend();
    const { learner, router, errors } = createAppContext(backend);
    await backend['settings:update']({ level: 'junior', fontStep: 2 });
    await learner.enterLearner();
    expect(learner.fontStep).toBe(2);
    await learner.switchLearner();
    expect(router.screen.name).toBe('profiles');
    await learner.changeFont(1);
    expect(errors.message).toBeNull();
    expect(learner.fontStep).toBe(1);
    const list = await backend['profiles:list'](undefined);
    await backend['profiles:open']({ id: list.profiles[0]!.id });
    await learner.enterLearner();
    expect(learner.fontStep).toBe(2);
  });

  it('two quick A+ presses go two steps, even before the first is saved (regression: first-session e2e under load)', async () => {
    const backend = await inProcessBackend();
    const { learner } = createAppContext(backend);
    await backend['settings:update']({ level: 'junior', fontStep: 0 });
    await learner.enterLearner();
    await Promise.all([learner.changeFont(1), learner.changeFont(1)]);
    expect(learner.fontStep).toBe(2);
    expect((await backend['settings:get'](undefined)).fontStep).toBe(2);
  });

  it('the exam 字号 is shown at once, kept for the next sitting (last click wins), and does not reload home', async () => {
    const real = await inProcessBackend();
    await real['settings:update']({ level: 'junior' });
    let overviews = 0;
    let saves = 0;
    const counting: Backend = {
      ...real,
      'catalog:overview': async (a) => {
        overviews++;
        return real['catalog:overview'](a);
      },
      'settings:update': async (a) => {
        saves++;
        return real['settings:update'](a);
      },
    };
    const { learner } = createAppContext(counting);
    await learner.enterLearner();
    expect(learner.examFontStep).toBe(1);
    const before = overviews;
    const first = learner.setExamFont(2);
    expect(learner.examFontStep).toBe(2); // before the save has come back
    const second = learner.setExamFont(0);
    await Promise.all([first, second]);
    expect(learner.examFontStep).toBe(0);
    expect(saves).toBe(2);
    expect((await real['settings:get'](undefined)).examFontStep).toBe(0);
    expect(overviews).toBe(before);
    // Out of range (a key held down at 大): stays at the last step, nothing saved.
    await learner.setExamFont(-1);
    expect(saves).toBe(2);
  });

  it('an exam 字号 that cannot be saved says so and shows the kept size again', async () => {
    const real = await inProcessBackend();
    await real['settings:update']({ level: 'junior', examFontStep: 2 });
    const failing: Backend = {
      ...real,
      'settings:update': async () => {
        throw new Error('disk full');
      },
    };
    const { learner, errors } = createAppContext(failing);
    await learner.enterLearner();
    expect(learner.examFontStep).toBe(2);
    await learner.setExamFont(0);
    expect(errors.message).not.toBeNull();
    expect(learner.examFontStep).toBe(2);
  });

  it('opens home with the overview, today and the countdown counted by main; without a level, the level choice', async () => {
    const backend = await inProcessBackend(undefined, () => Date.UTC(2026, 10, 28, 4));
    const app = createAppContext(backend);
    await app.learner.enterLearner();
    expect(app.router.screen.name).toBe('onboarding');
    await app.learner.finishOnboarding('junior', '2026-12-05');
    expect(app.router.screen.name).toBe('home');
    expect(app.home.overview.length).toBeGreaterThan(0);
    expect(app.home.today?.daysToExam).toBe(7);
  });

  it('a failed call shows the error line and leaves the screen as it was', async () => {
    const real = await inProcessBackend();
    const broken: Backend = {
      ...real,
      'settings:get': async () => {
        throw new TypeError('network down');
      },
    };
    const app = createAppContext(broken);
    await app.learner.enterLearner();
    expect(app.router.screen.name).toBe('loading');
    expect(app.errors.message).toMatch(/程序内部出错/);
    app.errors.dismiss();
    expect(app.errors.message).toBeNull();
  });

  it('re-reads status when main says storage changed, so the red banner goes once the write is saved (no polling)', async () => {
    const real = await inProcessBackend();
    let problem: string | null = '学习记录暂时无法保存到磁盘（磁盘空间已满）。';
    let deliver: (m: unknown) => void = () => {};
    const backend: Backend = {
      ...real,
      'app:status': async (a) => ({ ...(await real['app:status'](a)), storageProblem: problem }),
      on: eventsFrom((d) => {
        deliver = d;
        return () => {};
      }),
    };
    const { learner, storage } = createAppContext(backend);
    await real['settings:update']({ level: 'junior' });
    await learner.enterLearner();
    expect(storage.status?.storageProblem).toMatch(/磁盘空间已满/);
    problem = null;
    deliver({ name: 'storage:changed', payload: { problem: false } });
    await vi.waitFor(() => expect(storage.status?.storageProblem).toBeNull());
  });

  it('a new centre bank, read again from anywhere, brings the home overview up to date', async () => {
    const real = await inProcessBackend();
    let overviews = 0;
    const backend: Backend = {
      ...real,
      'catalog:overview': async (a) => {
        overviews++;
        return real['catalog:overview'](a);
      },
    };
    const { learner } = createAppContext(backend);
    await real['settings:update']({ level: 'junior' });
    await learner.enterLearner();
    expect(overviews).toBe(1);
    // Another window (or the settings panel) reads the centre folder again; main announces it.
    await real['centre:reload'](undefined);
    await vi.waitFor(() => expect(overviews).toBe(2));
  });

  it('the start screen opens at the last text size used on this computer, and a new learner keeps it', async () => {
    localStorage.clear();
    const { dispatch } = await createApp({
      dataDir: tempDataDir(),
      questionsDir: questionsDirForTesting(),
      now: () => Date.UTC(2026, 10, 28),
      log: () => {},
    });
    const backend = backendFrom(CHANNELS, (channel, args) => dispatch(channel, args));
    const first = createAppContext(backend);
    await first.learner.init();
    expect(first.router.screen.name).toBe('profiles');
    expect(first.learner.fontStep).toBe(0);
    await first.learner.changeFont(1);
    await first.learner.changeFont(1);
    // The next start (a new window): the size is back before anyone is chosen.
    const next = createAppContext(backend);
    await next.learner.init();
    expect(next.learner.fontStep).toBe(2);
    expect(document.documentElement.style.fontSize).toBe('21px');
    expect(await next.screens.profiles().create({ name: '王芳', level: 'junior', examDate: '', pin: '' })).toBe(true);
    expect(next.learner.settings?.fontStep).toBe(2);
  });
});

import { getContext, setContext } from 'svelte';
import type { Backend } from '../backend/backend';
import { HomeState } from '../home/homeState.svelte';
import { ErrorBanner } from './errorBanner.svelte';
import { LearnerSession } from './learnerSession.svelte';
import { Router } from './router.svelte';
import { Screens } from './screens';
import { StorageStatus } from './storageStatus.svelte';
import { SyncState } from '../sync/syncState.svelte';
import { pageTheme, type Theme } from './theme.svelte';
import { pageReadAloud, type ReadAloud } from '../speech/readAloud.svelte';
import { AnswerSaver } from '../practice/earlyVerdict.svelte';

/** The app's long-lived state, built once at start-up and handed down by Svelte context (no `app` prop). */
export interface AppContext {
  router: Router;
  learner: LearnerSession;
  storage: StorageStatus;
  home: HomeState;
  errors: ErrorBanner;
  /** 白天 / 夜间 / 跟随系统, applied to the page. */
  theme: Theme;
  /** 朗读 with the system's Chinese voice (unavailable without one). */
  speech: ReadAloud;
  /** Builds each screen's state module; components never see the backend. */
  screens: Screens;
  /** 连接培训机构: the link to a training centre (header badge and 设置 panel). */
  sync: SyncState;
  /** Practice answers on their way to the disk (retried until saved; the banner while any waits). */
  answers: AnswerSaver;
}

/** Wires the parts over one backend (also used by tests, without rendering). */
export function createAppContext(backend: Backend): AppContext {
  const router = new Router();
  const errors = new ErrorBanner();
  const storage = new StorageStatus(backend, errors);
  const home = new HomeState(backend, router, errors);
  const learner = new LearnerSession(backend, router, storage, home, errors);
  const answers = new AnswerSaver(backend);
  return {
    answers,
    router,
    learner,
    storage,
    home,
    errors,
    screens: new Screens(backend, { router, learner, storage, answers }),
    sync: new SyncState(backend, { router, overview: () => home.overview }),
    theme: pageTheme(),
    speech: pageReadAloud(),
  };
}

const APP_KEY: unique symbol = Symbol('sgl.app');

/** Called once by the root component. */
export function provideApp(ctx: AppContext): void {
  setContext(APP_KEY, ctx);
}

/** The app state from the root component, for any component below it. */
export function useApp(): AppContext {
  const ctx = getContext<AppContext | undefined>(APP_KEY);
  if (!ctx) throw new Error('useApp() outside <App>: the app context was not provided.');
  return ctx;
}

/** The context map a component rendered on its own (a component test) needs: `render(C, { props, context })`. */
export function appContextMap(ctx: AppContext): Map<symbol, AppContext> {
  return new Map([[APP_KEY, ctx]]);
}

import { createDispatcher, type Dispatch } from './ipc/dispatch';
import { createHandlers } from './ipc/createHandlers';
import { createServices } from './services/createServices';
import type { AppEvents } from './services/appEvents';
import { createSyncEngine, type SyncEngine } from './sync/syncEngine';
import type { ServiceConfig, Services } from './services/services';

/** The running app behind any transport: its services, the one dispatcher over them, and how to close them. */
export interface SglApp {
  services: Services;
  dispatch: Dispatch;
  /** Main's push events, for a transport to forward (webContents.send, Server-Sent Events, a test's backend). */
  events: Pick<AppEvents, 'on'>;
  /** 连接培训机构: idle (no timer, no request) until the open learner connects to a centre. */
  sync: SyncEngine;
  /** Flushes queued writes, closes the learner's files and refreshes today's backup. */
  dispose(): Promise<void>;
}

/**
 * The one composition function: config → services → handlers → dispatcher. Electron main, the browser runtime, the
 * in-process test backend, the benchmarks and the tests all start the app through it.
 */
export async function createApp(config: ServiceConfig): Promise<SglApp> {
  const services = await createServices(config);
  const sync = createSyncEngine(services);
  const dispatch = createDispatcher(createHandlers(services, sync), config.log);
  return {
    services,
    dispatch,
    events: services.events,
    sync,
    dispose: async () => {
      await sync.stop();
      await services.dispose();
    },
  };
}

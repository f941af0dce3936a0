// Sandboxed preload: one function that forwards a call to the main process, and one that hands main's push events to
// a listener, nothing else. The main process handles only the contract's channels, checks the sending frame and
// parses every argument, so this side needs no list; the renderer checks each event against the shared schemas.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

// Kept in step with EVENT_CHANNEL in src/shared/ipc/events.ts (the preload imports nothing but electron).
const EVENT_CHANNEL = 'sgl:event';

const CHANNEL_NAME = /^[a-z]+:[A-Za-z]+$/;

contextBridge.exposeInMainWorld(
  'api',
  Object.freeze({
    invoke: (channel: unknown, args: unknown): Promise<unknown> =>
      typeof channel === 'string' && CHANNEL_NAME.test(channel)
        ? ipcRenderer.invoke(channel, args)
        : Promise.resolve({ ok: false, error: { code: 'BAD_REQUEST', message: '程序内部通信出错，请重新启动社工路。' } }),
    /** Calls `listener` with each event message until the returned function is called. */
    on: (listener: (message: unknown) => void): (() => void) => {
      const handler = (_event: IpcRendererEvent, message: unknown) => listener(message);
      ipcRenderer.on(EVENT_CHANNEL, handler);
      return () => void ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    },
  }),
);

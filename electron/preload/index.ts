// Sandboxed preload: one function that forwards a call to the main process, nothing else. The main process handles
// only the contract's channels, checks the sending frame and parses every argument, so this side needs no list.
import { contextBridge, ipcRenderer } from 'electron';

const CHANNEL_NAME = /^[a-z]+:[A-Za-z]+$/;

contextBridge.exposeInMainWorld(
  'api',
  Object.freeze({
    invoke: (channel: unknown, args: unknown): Promise<unknown> =>
      typeof channel === 'string' && CHANNEL_NAME.test(channel)
        ? ipcRenderer.invoke(channel, args)
        : Promise.resolve({ ok: false, error: { code: 'BAD_REQUEST', message: '程序内部通信出错，请重新启动社工路。' } }),
  }),
);

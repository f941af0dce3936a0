// Sandboxed preload: exposes exactly one invoke function per contract channel, nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '@shared/ipc/channels';

const api = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (args: unknown) => ipcRenderer.invoke(channel, args) as Promise<unknown>]),
);

contextBridge.exposeInMainWorld('api', Object.freeze(api));

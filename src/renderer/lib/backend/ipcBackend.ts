import { CHANNELS, type Channel } from '@shared/ipc/contract';
import type { Result } from '@shared/errors';
import { backendFrom, type Backend } from './backend';

/** What the preload exposes as `window.api`: a channel call to the main process, and main's push events. */
export interface IpcBridge {
  invoke(channel: Channel, args: unknown): Promise<Result<unknown>>;
  on(listener: (message: unknown) => void): () => void;
}

export function ipcBackend(bridge: IpcBridge): Backend {
  return backendFrom(
    CHANNELS,
    (channel, args) => bridge.invoke(channel, args),
    (deliver) => bridge.on(deliver),
  );
}

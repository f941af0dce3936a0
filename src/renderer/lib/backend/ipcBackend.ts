import { CHANNELS, type Channel } from '@shared/ipc/contract';
import type { Result } from '@shared/errors';
import { backendFrom, type Backend } from './backend';

/** What the preload exposes as `window.api`: one function that forwards a channel call to the main process. */
export interface IpcBridge {
  invoke(channel: Channel, args: unknown): Promise<Result<unknown>>;
}

export function ipcBackend(bridge: IpcBridge): Backend {
  return backendFrom(CHANNELS, (channel, args) => bridge.invoke(channel, args));
}

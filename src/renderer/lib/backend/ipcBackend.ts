import { CHANNELS, type Channel } from '@shared/ipc/channels';
import type { Result } from '@shared/errors';
import { backendFrom, type Backend } from './backend';

/** What the preload exposes as `window.api`: one invoke function per channel. */
export type IpcBridge = Record<Channel, (args: unknown) => Promise<Result<unknown>>>;

export function ipcBackend(bridge: IpcBridge): Backend {
  return backendFrom(CHANNELS, (channel, args) => bridge[channel](args));
}

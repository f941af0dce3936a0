import type { Channel } from '@shared/ipc/contract';
import type { Api, Args, ResultOf } from '@shared/ipc/contract';
import type { AppErrorShape, ErrorCode, Result } from '@shared/errors';

/** The renderer's one view of the main process; implemented over Electron IPC and over HTTP. */
export type Backend = Api;

/** A failed call, with the coded, learner-readable message from the main process. */
export class BackendError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BackendError';
  }
}

export type RawCall = (channel: Channel, args: unknown) => Promise<Result<unknown>>;

function isResult(x: unknown): x is Result<unknown> {
  return typeof x === 'object' && x !== null && typeof (x as { ok?: unknown }).ok === 'boolean';
}

/** Builds the typed backend from the channel list and one raw transport call. */
export function backendFrom(channels: readonly Channel[], call: RawCall): Backend {
  const entries = channels.map((channel) => [
    channel,
    async (args: unknown) => {
      const result: unknown = await call(channel, args);
      if (!isResult(result)) throw new BackendError('INTERNAL', '程序内部通信出错，请重新启动社工路。');
      if (!result.ok) {
        const e: AppErrorShape = result.error;
        throw new BackendError(e.code, e.message);
      }
      return result.value;
    },
  ]);
  return Object.fromEntries(entries) as Backend;
}

export type { Args, ResultOf };

import type { Channel } from '@shared/ipc/contract';
import type { Api, Args, ResultOf } from '@shared/ipc/contract';
import type { AppErrorShape, ErrorCode, Result } from '@shared/errors';
import { parseEvent, type AppEvent, type EventName, type EventPayload } from '@shared/ipc/events';

/** Listens to main's push events: `handler` runs with each checked payload until the returned function is called. */
export type OnEvent = <E extends EventName>(event: E, handler: (payload: EventPayload<E>) => void) => () => void;

/** The renderer's one view of the main process, calls and push events; implemented over Electron IPC and over HTTP. */
export type Backend = Api & { on: OnEvent };

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
/** A transport's raw event feed: calls `deliver` with each message (unchecked) until the returned function is called. */
export type RawListen = (deliver: (message: unknown) => void) => () => void;

function isResult(x: unknown): x is Result<unknown> {
  return typeof x === 'object' && x !== null && typeof (x as { ok?: unknown }).ok === 'boolean';
}

/**
 * One `on` over a raw feed: the feed is opened with the first handler and closed after the last; every message is
 * checked with the shared event schemas, and one that fails is dropped.
 */
export function eventsFrom(listen: RawListen): OnEvent {
  const handlers = new Map<EventName, Set<(payload: never) => void>>();
  let stop: (() => void) | null = null;
  const deliver = (message: unknown) => {
    const event: AppEvent | null = parseEvent(message);
    if (!event) return;
    const payload = event.payload;
    for (const h of [...(handlers.get(event.name) ?? [])]) (h as (p: typeof payload) => void)(payload);
  };
  return (event, handler) => {
    const set = handlers.get(event) ?? new Set();
    handlers.set(event, set);
    set.add(handler);
    stop ??= listen(deliver);
    return () => {
      set.delete(handler);
      if ([...handlers.values()].every((s) => s.size === 0) && stop) {
        stop();
        stop = null;
      }
    };
  };
}

/** Builds the typed backend from the channel list, one raw transport call and the transport's event feed. */
export function backendFrom(channels: readonly Channel[], call: RawCall, listen: RawListen = () => () => {}): Backend {
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
  return { ...(Object.fromEntries(entries) as Api), on: eventsFrom(listen) };
}

export type { Args, ResultOf };

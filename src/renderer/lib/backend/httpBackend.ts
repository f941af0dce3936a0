import { CHANNELS } from '@shared/ipc/contract';
import type { Result } from '@shared/errors';
import { EVENTS_PATH } from '@shared/ipc/events';
import { backendFrom, type Backend, type RawListen } from './backend';

/** An open event stream as the feed uses it (the browser's EventSource, or a test's own). */
export interface EventStream {
  onData(cb: (data: string) => void): void;
  close(): void;
}

function openEventSource(url: string): EventStream {
  const source = new EventSource(url);
  return {
    onData: (cb) => source.addEventListener('message', (e: MessageEvent<unknown>) => cb(String(e.data))),
    close: () => source.close(),
  };
}

/** Main's push events as Server-Sent Events on the same origin (CSP connect-src 'self'); EventSource reconnects by itself. */
function sseListen(token: string, open: (url: string) => EventStream): RawListen {
  return (deliver) => {
    const stream = open(`${EVENTS_PATH}?token=${encodeURIComponent(token)}`);
    stream.onData((data) => {
      try {
        deliver(JSON.parse(data) as unknown);
      } catch {
        // Not JSON: not one of ours; dropped like any message that fails the event schemas.
      }
    });
    return () => stream.close();
  };
}

/** The browser runtime's transport: POST /api/<channel> on the same origin, with the per-run token; events by SSE. */
export function httpBackend(
  token: string,
  fetchFn: typeof fetch = fetch,
  openStream: (url: string) => EventStream = openEventSource,
): Backend {
  return backendFrom(
    CHANNELS,
    async (channel, args) => {
      let res: Response;
      try {
        res = await fetchFn(`/api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-SGL-Token': token },
          body: JSON.stringify({ args }),
        });
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: '无法连接到社工路的后台服务。请重新启动社工路后重试。' } };
      }
      return (await res.json()) as Result<unknown>;
    },
    sseListen(token, openStream),
  );
}

import { describe, expect, it } from 'vitest';
import { eventsFrom, type RawListen } from './backend';
import { httpBackend, type EventStream } from './httpBackend';
import { ipcBackend } from './ipcBackend';

/** A raw feed a test drives by hand, counting how often it is open. */
function feed() {
  let deliver: ((m: unknown) => void) | null = null;
  let opened = 0;
  const listen: RawListen = (d) => {
    opened++;
    deliver = d;
    return () => (deliver = null);
  };
  return {
    listen,
    send: (m: unknown) => deliver?.(m),
    get open() {
      return deliver !== null;
    },
    get opened() {
      return opened;
    },
  };
}

describe('backend events', () => {
  it('hands each checked event to the handlers of its name and drops what fails the schema', () => {
    const f = feed();
    const on = eventsFrom(f.listen);
    const banks: number[] = [];
    const storage: boolean[] = [];
    on('bank:reloaded', (p) => banks.push(p.items));
    on('storage:changed', (p) => storage.push(p.problem));
    f.send({ name: 'bank:reloaded', payload: { items: 7 } });
    f.send({ name: 'bank:reloaded', payload: { items: 'seven' } });
    f.send({ name: 'storage:changed', payload: { problem: true } });
    f.send({ name: 'app:status', payload: {} });
    expect(banks).toEqual([7]);
    expect(storage).toEqual([true]);
  });

  it('opens the feed with the first handler and closes it after the last', () => {
    const f = feed();
    const on = eventsFrom(f.listen);
    expect(f.open).toBe(false);
    const a = on('bank:reloaded', () => {});
    const b = on('storage:changed', () => {});
    expect(f.opened).toBe(1);
    a();
    expect(f.open).toBe(true);
    b();
    expect(f.open).toBe(false);
  });

  it('over HTTP: opens an EventSource on /events with the token and reads JSON messages', () => {
    const streams: { url: string; push: (data: string) => void; closed: boolean }[] = [];
    const backend = httpBackend('tok en', fetch, (url): EventStream => {
      const entry = { url, push: (_data: string) => {}, closed: false };
      streams.push(entry);
      return { onData: (cb) => void (entry.push = cb), close: () => void (entry.closed = true) };
    });
    const got: number[] = [];
    const stop = backend.on('bank:reloaded', (p) => got.push(p.items));
    expect(streams.map((x) => x.url)).toEqual(['/events?token=tok%20en']);
    streams[0]!.push(JSON.stringify({ name: 'bank:reloaded', payload: { items: 2 } }));
    streams[0]!.push('not json');
    expect(got).toEqual([2]);
    stop();
    expect(streams[0]!.closed).toBe(true);
  });

  it('over Electron IPC: listens through the preload bridge', () => {
    let listener: ((m: unknown) => void) | null = null;
    const backend = ipcBackend({
      invoke: async () => ({ ok: true, value: null }),
      on: (l) => {
        listener = l;
        return () => (listener = null);
      },
    });
    const got: boolean[] = [];
    const stop = backend.on('storage:changed', (p) => got.push(p.problem));
    listener!({ name: 'storage:changed', payload: { problem: false } });
    expect(got).toEqual([false]);
    stop();
    expect(listener).toBeNull();
  });
});

import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL } from '@shared/ipc/events';

const electron = vi.hoisted(() => {
  const exposed: Record<string, unknown> = {};
  return {
    exposed,
    contextBridge: { exposeInMainWorld: vi.fn((key: string, value: unknown) => (exposed[key] = value)) },
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, args: unknown) => ({ ok: true, value: { channel, args } })),
      on: vi.fn(),
      removeListener: vi.fn(),
    },
  };
});
vi.mock('electron', () => electron);

type Bridge = { invoke(channel: unknown, args: unknown): Promise<unknown>; on(listener: (m: unknown) => void): () => void };

describe('preload', () => {
  let api: Bridge;
  beforeAll(async () => {
    await import('./index');
    api = electron.exposed.api as Bridge;
  });

  it('exposes one frozen invoke function and one event listener, nothing else', () => {
    expect(Object.keys(electron.exposed)).toEqual(['api']);
    expect(Object.keys(api)).toEqual(['invoke', 'on']);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it("hands main's events on the shared event channel to the listener (the message only, not the IPC event) until stopped", () => {
    const got: unknown[] = [];
    const stop = api.on((m) => got.push(m));
    expect(electron.ipcRenderer.on).toHaveBeenCalledWith(EVENT_CHANNEL, expect.any(Function));
    const handler = electron.ipcRenderer.on.mock.calls[0]![1] as (e: unknown, m: unknown) => void;
    handler({ sender: 'ipc internals' }, { name: 'bank:reloaded', payload: { items: 1 } });
    expect(got).toEqual([{ name: 'bank:reloaded', payload: { items: 1 } }]);
    stop();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(EVENT_CHANNEL, handler);
  });

  it('forwards a channel-shaped name to the main process', async () => {
    await expect(api.invoke('exam:start', { subject: 'jc' })).resolves.toEqual({
      ok: true,
      value: { channel: 'exam:start', args: { subject: 'jc' } },
    });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('exam:start', { subject: 'jc' });
  });

  it('refuses anything that is not a channel name without reaching the main process', async () => {
    electron.ipcRenderer.invoke.mockClear();
    for (const bad of ['ELECTRON_BROWSER_REQUIRE', 'exam:start;x', 42, null, '../x:y'])
      await expect(api.invoke(bad, {})).resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });
});

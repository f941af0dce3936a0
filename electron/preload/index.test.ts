import { beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const exposed: Record<string, unknown> = {};
  return {
    exposed,
    contextBridge: { exposeInMainWorld: vi.fn((key: string, value: unknown) => (exposed[key] = value)) },
    ipcRenderer: { invoke: vi.fn(async (channel: string, args: unknown) => ({ ok: true, value: { channel, args } })) },
  };
});
vi.mock('electron', () => electron);

type Bridge = { invoke(channel: unknown, args: unknown): Promise<unknown> };

describe('preload', () => {
  let api: Bridge;
  beforeAll(async () => {
    await import('./index');
    api = electron.exposed.api as Bridge;
  });

  it('exposes one frozen invoke function and nothing else', () => {
    expect(Object.keys(electron.exposed)).toEqual(['api']);
    expect(Object.keys(api)).toEqual(['invoke']);
    expect(Object.isFrozen(api)).toBe(true);
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

import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '@shared/ipc/contract';
import { tempDataDir } from '../../test/support/questionsDirForTesting';

// A stand-in for the parts of Electron the main process touches; the real binary cannot run in tests.
const electron = vi.hoisted(() => {
  const listeners: Record<string, ((...a: unknown[]) => void)[]> = {};
  const handlers = new Map<string, (event: unknown, args: unknown) => Promise<unknown>>();
  const win = {
    isMinimized: vi.fn(() => true),
    restore: vi.fn(),
    focus: vi.fn(),
    show: vi.fn(),
    once: vi.fn(),
    loadFile: vi.fn(async () => {}),
    loadURL: vi.fn(async () => {}),
  };
  const state = { lock: true, ready: false, options: null as unknown };
  return {
    state,
    listeners,
    handlers,
    win,
    app: {
      isPackaged: false,
      requestSingleInstanceLock: vi.fn(() => state.lock),
      quit: vi.fn(),
      on: vi.fn((name: string, fn: (...a: unknown[]) => void) => {
        (listeners[name] ??= []).push(fn);
      }),
      whenReady: vi.fn(() => (state.ready ? Promise.resolve() : new Promise(() => {}))),
      getPath: vi.fn(() => '/tmp'),
      setPath: vi.fn(),
      getAppPath: vi.fn(() => '/tmp'),
    },
    BrowserWindow: vi.fn(function (this: unknown, options: unknown) {
      state.options = options;
      return win;
    }),
    ipcMain: { handle: vi.fn((c: string, fn: (event: unknown, args: unknown) => Promise<unknown>) => handlers.set(c, fn)) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
      },
    },
    dialog: { showErrorBox: vi.fn() },
    Menu: { setApplicationMenu: vi.fn() },
  };
});

vi.mock('electron', () => ({
  app: electron.app,
  BrowserWindow: electron.BrowserWindow,
  ipcMain: electron.ipcMain,
  session: electron.session,
  dialog: electron.dialog,
  Menu: electron.Menu,
}));

beforeEach(() => {
  vi.resetModules();
  for (const k of Object.keys(electron.listeners)) delete electron.listeners[k];
  electron.handlers.clear();
  vi.clearAllMocks();
});

describe('window options', () => {
  it('are sandboxed, isolated, without Node, and load the CommonJS preload and the bundled renderer', async () => {
    const { createMainWindow } = await import('./window');
    createMainWindow('/app/out', undefined);
    expect((electron.state.options as { webPreferences: unknown }).webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      preload: '/app/out/preload/index.cjs',
      devTools: false, // no developer tools in a packaged build (issue 12)
    });
    expect(electron.win.loadFile).toHaveBeenCalledWith('/app/out/renderer/index.html');
  });
});

describe('security handlers', () => {
  function fakeContents() {
    const on: Record<string, (...a: unknown[]) => void> = {};
    let openHandler: (() => unknown) | undefined;
    return {
      on: vi.fn((name: string, fn: (...a: unknown[]) => void) => (on[name] = fn)),
      setWindowOpenHandler: vi.fn((fn: () => unknown) => (openHandler = fn)),
      fire: (name: string, ...args: unknown[]) => on[name]?.(...args),
      open: () => openHandler?.(),
    };
  }

  it('deny window.open, navigation away from the app and webviews', async () => {
    const { lockDownContents } = await import('./security');
    const c = fakeContents();
    lockDownContents(c as never, undefined);
    expect(c.open()).toEqual({ action: 'deny' });
    const away = { preventDefault: vi.fn() };
    c.fire('will-navigate', away, 'https://example.com/');
    expect(away.preventDefault).toHaveBeenCalled();
    const home = { preventDefault: vi.fn() };
    c.fire('will-navigate', home, 'file:///app/out/renderer/index.html');
    expect(home.preventDefault).not.toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    c.fire('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('deny every permission and cancel every network request', async () => {
    const { lockDownSession } = await import('./security');
    let request: ((p: unknown, perm: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    let before: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    lockDownSession(
      {
        setPermissionRequestHandler: (fn: typeof request) => (request = fn),
        setPermissionCheckHandler: (fn: typeof check) => (check = fn),
        webRequest: { onBeforeRequest: (fn: typeof before) => (before = fn), onHeadersReceived: () => {} },
      } as never,
      undefined,
    );
    const granted = vi.fn();
    request?.({}, 'geolocation', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(check?.()).toBe(false);
    const verdict = (url: string) => {
      let cancel: boolean | undefined;
      before?.({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(verdict('https://cdn.example.com/x.js')).toBe(true);
    expect(verdict('http://192.168.1.2/')).toBe(true);
    expect(verdict('file:///app/out/renderer/assets/index.js')).toBe(false);
  });

  it('trust only the bundled renderer (or the dev server) as an IPC sender', async () => {
    const { isTrustedUrl } = await import('./security');
    expect(isTrustedUrl('file:///C:/app/out/renderer/index.html', undefined)).toBe(true);
    expect(isTrustedUrl('https://evil.example/renderer/index.html', undefined)).toBe(false);
    expect(isTrustedUrl('file:///tmp/evil.html', undefined)).toBe(false);
    expect(isTrustedUrl('http://localhost:5173/', 'http://localhost:5173/')).toBe(true);
    expect(isTrustedUrl('http://localhost:5173/', undefined)).toBe(false);
  });
});

describe('IPC transport', () => {
  it('registers every channel and rejects calls from an untrusted frame before dispatching', async () => {
    const { registerIpc } = await import('./ipc/electronTransport');
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 1 }));
    registerIpc(
      electron.ipcMain as never,
      dispatch,
      (u) => u.startsWith('file:'),
      () => {},
    );
    expect([...electron.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    const call = electron.handlers.get('settings:get')!;
    expect(await call({ senderFrame: { url: 'https://evil.example/' } }, undefined)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await call({ senderFrame: null }, undefined)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
    expect(await call({ senderFrame: { url: 'file:///app/out/renderer/index.html' } }, undefined)).toEqual({ ok: true, value: 1 });
    expect(dispatch).toHaveBeenCalledWith('settings:get', undefined);
  });
});

describe('single-instance lock', () => {
  it('quits a second instance without opening anything', async () => {
    electron.state.lock = false;
    await import('./index');
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
  });

  it('the first instance focuses (and restores) its window when a second launch happens', async () => {
    electron.state.lock = true;
    electron.state.ready = true;
    process.env['SGL_DATA_DIR'] = tempDataDir();
    await import('./index');
    expect(electron.app.quit).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.BrowserWindow).toHaveBeenCalled());
    expect(electron.handlers.size).toBe(CHANNELS.length);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(null); // no default menu with its developer tools
    electron.listeners['second-instance']![0]!();
    expect(electron.win.restore).toHaveBeenCalled();
    expect(electron.win.focus).toHaveBeenCalled();
    delete process.env['SGL_DATA_DIR'];
  });

  it('a copy with its own data folder keeps Electron’s profile and lock there, set before the lock is taken', async () => {
    electron.state.lock = false;
    const dir = tempDataDir();
    process.env['SGL_DATA_DIR'] = dir;
    await import('./index');
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', join(dir, 'electron-profile'));
    expect(electron.app.setPath.mock.invocationCallOrder[0]!).toBeLessThan(
      electron.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!,
    );
    delete process.env['SGL_DATA_DIR'];
  });
});

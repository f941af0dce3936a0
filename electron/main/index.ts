import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { electronProfileDir, resolveDataLocation } from './dataLocation';
import { createApp } from './app';
import { registerIpc } from './ipc/electronTransport';
import { centreBanksDirOf } from './launchOptions';
import { installSecurity, isTrustedUrl, lockDownSession } from './security';
import { createMainWindow } from './window';
import { MAIN_MESSAGES } from './messages';

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const outDir = join(import.meta.dirname, '..');
const log = (m: string) => console.log(`[社工路] ${m}`);

/** One running instance per machine user: a second launch focuses the first window instead of writing too. */
export function start(): void {
  // Where the data is decides where Electron keeps its own profile, and so which copies share the single-instance lock:
  // set before the lock is taken and before the app is ready.
  const location = resolveDataLocation({
    exeDir: dirname(app.getPath('exe')),
    argv: process.argv,
    env: process.env,
    userData: app.getPath('userData'),
    exists: existsSync,
  });
  const profile = electronProfileDir(location);
  if (profile) app.setPath('userData', profile);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let win: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  installSecurity(app, devServerUrl);
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(async () => {
    lockDownSession(session.defaultSession, devServerUrl);
    try {
      log(`data folder: ${location.dir} (${location.source})`);
      const centreBanksDir = centreBanksDirOf({ argv: process.argv, env: process.env });
      const sgl = await createApp({
        ...(centreBanksDir ? { centreBanksDir } : {}),
        dataDir: location.dir,
        questionsDir: app.isPackaged ? join(process.resourcesPath, 'questions') : join(app.getAppPath(), 'questions'),
        now: () => Date.now(),
        log,
      });
      registerIpc(ipcMain, sgl.dispatch, (u) => isTrustedUrl(u, devServerUrl), log);
      win = createMainWindow(outDir, devServerUrl);
      // Flush queued writes and refresh today's backup before the process exits.
      let closing = false;
      app.on('before-quit', (event) => {
        if (closing) return;
        closing = true;
        event.preventDefault();
        void sgl.dispose().finally(() => app.quit());
      });
    } catch (e) {
      log(`startup failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      dialog.showErrorBox(
        MAIN_MESSAGES.startupFailedTitle,
        `${MAIN_MESSAGES.startupFailed}\n\n${e instanceof Error ? e.message : String(e)}`,
      );
      app.quit();
    }
  });
}

start();

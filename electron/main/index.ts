import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { electronProfileDir, resolveDataLocation } from './dataLocation';
import { writeFile } from 'node:fs/promises';
import { createApp, type SglApp } from './app';
import { exportUnsaved } from './services/transfer';
import { forwardEvents, registerIpc } from './ipc/electronTransport';
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
      // No default menu (its View menu opens developer tools and reloads); the app has its own navigation.
      Menu.setApplicationMenu(null);
      win = createMainWindow(outDir, devServerUrl, devServerUrl !== undefined || process.argv.includes('--sgl-devtools'));
      forwardEvents(sgl.events, win.webContents, (u) => isTrustedUrl(u, devServerUrl));
      // Flush queued writes and refresh today's backup before the process exits. Answers the disk still refuses are
      // never dropped in silence: the learner chooses to retry, save them elsewhere, or quit (a spill copy remains).
      let closing = false;
      app.on('before-quit', (event) => {
        if (closing) return;
        closing = true;
        event.preventDefault();
        void keepUnsaved(sgl)
          .catch((e: unknown) => log(`before quit: ${e instanceof Error ? e.message : String(e)}`))
          .then(() => sgl.dispose())
          .finally(() => app.quit());
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

/** Asks what to do with answers the disk has not accepted (retry / save to another folder / quit) until none are left or the learner quits. */
async function keepUnsaved(sgl: SglApp): Promise<void> {
  const s = sgl.services;
  await s.health.retryAll();
  const unsaved = () => (s.learnerId ? s.answers.unsaved().length : 0);
  while (unsaved() > 0) {
    const choice = dialog.showMessageBoxSync({
      type: 'warning',
      title: MAIN_MESSAGES.unsavedTitle,
      message: MAIN_MESSAGES.unsaved(unsaved()),
      detail: MAIN_MESSAGES.unsavedDetail,
      buttons: [MAIN_MESSAGES.retry, MAIN_MESSAGES.saveElsewhere, MAIN_MESSAGES.quitAnyway],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    if (choice === 0) {
      await s.health.retryAll();
    } else if (choice === 1) {
      const file = exportUnsaved(s);
      const path = dialog.showSaveDialogSync({ defaultPath: file.fileName, filters: [{ name: '社工路学习进度', extensions: ['json'] }] });
      if (!path) continue;
      try {
        await writeFile(path, file.content, 'utf8');
        dialog.showMessageBoxSync({ type: 'info', title: MAIN_MESSAGES.unsavedTitle, message: MAIN_MESSAGES.savedElsewhere(path) });
        return;
      } catch (e) {
        dialog.showMessageBoxSync({
          type: 'error',
          title: MAIN_MESSAGES.unsavedTitle,
          message: MAIN_MESSAGES.saveFailed(e instanceof Error ? e.message : String(e)),
        });
      }
    } else {
      return;
    }
  }
}

start();

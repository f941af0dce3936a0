import { BrowserWindow } from 'electron';
import { join } from 'node:path';

/**
 * The main window. Developer tools only for development (a dev server or `--sgl-devtools`): a packaged build gives
 * a learner no console to call the bridge from.
 */
export function createMainWindow(outDir: string, devServerUrl: string | undefined, devTools = devServerUrl !== undefined): BrowserWindow {
  // Options written out literally (not built by a helper) so static security scanners can read them.
  const win = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: '社工路',
    autoHideMenuBar: true,
    backgroundColor: '#f4f6f8',
    webPreferences: {
      preload: join(outDir, 'preload', 'index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      devTools,
    },
  });
  win.once('ready-to-show', () => win.show());
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(join(outDir, 'renderer', 'index.html'));
  return win;
}

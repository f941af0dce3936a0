import type { App, Session, WebContents } from 'electron';
import { CSP, DEV_CSP } from '@shared/csp';

/** The page's own origin check: only our bundled renderer (or the dev server in development) may call IPC. */
export function isTrustedUrl(url: string, devServerUrl: string | undefined): boolean {
  if (devServerUrl && url.startsWith(devServerUrl)) return true;
  try {
    const u = new URL(url);
    return u.protocol === 'file:' && u.pathname.endsWith('/renderer/index.html');
  } catch {
    return false;
  }
}

/** Requests the app may make: its own files, the dev server in development, devtools. Nothing on the network. */
export function isAllowedRequest(url: string, devServerUrl: string | undefined): boolean {
  if (devServerUrl && (url.startsWith(devServerUrl) || url.startsWith(devServerUrl.replace(/^http/, 'ws')))) return true;
  // blob: is the app's own download of an export it made (学习进度, 成绩 CSV).
  return url.startsWith('file:') || url.startsWith('devtools:') || url.startsWith('data:') || url.startsWith('blob:');
}

/** Denies new windows, navigation away from the app and every permission request. */
export function lockDownContents(contents: WebContents, devServerUrl: string | undefined): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function lockDownSession(session: Session, devServerUrl: string | undefined): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, devServerUrl) });
  });
  // The renderer's index.html declares the same policy; the header covers anything served over http(s) in development.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [devServerUrl ? DEV_CSP : CSP] } });
  });
}

export function installSecurity(app: App, devServerUrl: string | undefined): void {
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, devServerUrl));
}

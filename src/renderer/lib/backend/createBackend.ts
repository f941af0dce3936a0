import type { Backend } from './backend';
import { httpBackend } from './httpBackend';
import { ipcBackend } from './ipcBackend';

const TOKEN_KEY = 'sgl-token';

/** Electron: the preload's bridge. Browser runtime: the token handed over in the URL fragment (kept per tab). */
export function createBackend(): Backend {
  if (window.api) return ipcBackend(window.api);
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', window.location.pathname);
  }
  return httpBackend(fromHash ?? sessionStorage.getItem(TOKEN_KEY) ?? '');
}

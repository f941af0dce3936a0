/// <reference types="svelte" />
/// <reference types="vite/client" />
import type { IpcBridge } from './lib/backend/ipcBackend';

declare global {
  interface Window {
    api?: IpcBridge;
  }
}

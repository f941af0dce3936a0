import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '@shared/ipc/contract';
import { ERROR_MESSAGES } from '@shared/errors';
import { EVENT_CHANNEL } from '@shared/ipc/events';
import type { AppEvents } from '../services/appEvents';
import type { Dispatch } from './dispatch';

/** Registers one ipcMain handler per contract channel; each checks the sending frame before dispatching. */
export function registerIpc(
  ipcMain: IpcMain,
  dispatch: Dispatch,
  isTrustedUrl: (url: string) => boolean,
  log: (message: string) => void,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, args: unknown) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedUrl(url)) {
        log(`ipc: rejected ${channel} from untrusted frame ${url}`);
        return { ok: false, error: { code: 'FORBIDDEN', message: ERROR_MESSAGES.FORBIDDEN } };
      }
      return dispatch(channel, args);
    });
  }
}

/** The part of a window's webContents that events need. */
export interface EventTarget {
  isDestroyed(): boolean;
  getURL(): string;
  send(channel: string, message: unknown): void;
}

/**
 * Forwards main's push events to the window on EVENT_CHANNEL while it shows our own page (the preload hands them to
 * the renderer, which checks each with the shared schemas). Returns the function that stops forwarding.
 */
export function forwardEvents(events: Pick<AppEvents, 'on'>, target: EventTarget, isTrustedUrl: (url: string) => boolean): () => void {
  const stop = events.on((event) => {
    if (target.isDestroyed()) return stop();
    if (isTrustedUrl(target.getURL())) target.send(EVENT_CHANNEL, event);
  });
  return stop;
}

import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '@shared/ipc/contract';
import { ERROR_MESSAGES } from '@shared/errors';
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

import type { Services } from '../services/createServices';
import { appHandlers } from './app.ipc';
import { collectionHandlers, todayHandlers } from './today.ipc';
import { backupHandlers } from './backup.ipc';
import { profileHandlers } from './profiles.ipc';
import { transferHandlers } from './transfer.ipc';
import { centreHandlers } from './centre.ipc';
import { examHandlers } from './exam.ipc';
import { casesHandlers } from './cases.ipc';
import { catalogHandlers } from './catalog.ipc';
import type { Handlers } from './handlers';
import { practiceHandlers } from './practice.ipc';
import { settingsHandlers } from './settings.ipc';

/** Every channel of the contract, wired to its feature; a missing channel fails to compile. */
export function createHandlers(s: Services): Handlers {
  return {
    ...appHandlers(s),
    ...profileHandlers(s),
    ...settingsHandlers(s),
    ...catalogHandlers(s),
    ...practiceHandlers(s),
    ...casesHandlers(s),
    ...backupHandlers(s),
    ...todayHandlers(s),
    ...collectionHandlers(s),
    ...examHandlers(s),
    ...transferHandlers(s),
    ...centreHandlers(s),
  };
}

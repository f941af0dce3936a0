import type { Services } from '../services/services';
import { adminHandlers } from './admin.ipc';
import { appHandlers } from './app.ipc';
import { backupHandlers } from './backup.ipc';
import { casesHandlers } from './cases.ipc';
import { catalogHandlers } from './catalog.ipc';
import { centreHandlers } from './centre.ipc';
import { collectionsHandlers } from './collections.ipc';
import { examHandlers } from './exam.ipc';
import type { Handlers } from './handlers';
import { exportHandlers } from './export.ipc';
import { importHandlers } from './import.ipc';
import { mistakesHandlers } from './mistakes.ipc';
import { practiceHandlers } from './practice.ipc';
import { profilesHandlers } from './profiles.ipc';
import { resultsHandlers } from './results.ipc';
import { settingsHandlers } from './settings.ipc';
import { readHandlers } from './read.ipc';
import { reportHandlers } from './report.ipc';
import { srsHandlers } from './srs.ipc';
import { syncHandlers } from './sync.ipc';
import { createSyncEngine, type SyncEngine } from '../sync/syncEngine';
import { todayHandlers } from './today.ipc';
import { transferHandlers } from './transfer.ipc';

/** Every channel of the contract, wired to the file of its prefix (`x:y` in `x.ipc.ts`); a missing channel fails to compile. */
export function createHandlers(s: Services, sync: SyncEngine = createSyncEngine(s)): Handlers {
  return {
    ...adminHandlers(s),
    ...appHandlers(s),
    ...backupHandlers(s),
    ...casesHandlers(s),
    ...catalogHandlers(s),
    ...centreHandlers(s),
    ...collectionsHandlers(s),
    ...examHandlers(s),
    ...exportHandlers(s),
    ...importHandlers(s),
    ...mistakesHandlers(s),
    ...practiceHandlers(s),
    ...profilesHandlers(s),
    ...resultsHandlers(s),
    ...settingsHandlers(s),
    ...readHandlers(s),
    ...reportHandlers(s),
    ...srsHandlers(s),
    ...syncHandlers(sync),
    ...todayHandlers(s, sync),
    ...transferHandlers(s),
  };
}

import type { AppEvents } from './appEvents';
import type { BankIndex } from '@core/bank/bankIndex';
import type { LocalDay } from '@core/srs/calendar';
import type { Scheduler } from '@core/srs/scheduler';
import type { PinAttempts } from '../auth/pinAttempts';
import type { BankSources } from '../bank/loadBank';
import type { AnswersRepo } from '../storage/answersRepo';
import type { Backups } from '../storage/backups';
import type { CaseDraftsRepo } from '../storage/caseDraftsRepo';
import type { CaseAttemptsRepo } from '../storage/caseAttemptsRepo';
import type { CollectionsRepo } from '../storage/collectionsRepo';
import type { ExamsRepo } from '../storage/examsRepo';
import type { MachineConfigRepo } from '../storage/machineConfigRepo';
import type { ProfilesRepo } from '../storage/profilesRepo';
import type { SettingsRepo } from '../storage/settingsRepo';
import type { SrsParamsRepo } from '../storage/srsParamsRepo';
import type { StorageHealth } from '../storage/storageHealth';

// Types only: what every service receives. Built by createServices (services/createServices.ts), composed with the
// dispatcher in app.ts.

export interface ServiceConfig {
  /** Root of all learner data (Electron: userData; browser runtime: --data). */
  dataDir: string;
  /** The `questions/` folder shipped with the app. */
  questionsDir: string;
  /** Injected clock (epoch ms). */
  now: () => number;
  /**
   * Injected randomness in [0, 1), like `now`: mock-paper seeds and learner ids (default: crypto-strong). PIN salts
   * never come from here.
   */
  random?: () => number;
  /** Extra banks from a training centre (default: `centre-banks/` in the data folder). */
  centreBanksDir?: string;
  /** Open (creating its profile if needed) this learner at start — for tests and tools. */
  learner?: string;
  /** Learner's time zone, minutes east of UTC (default: this machine's). Day boundaries follow it. */
  tzOffsetMinutes?: number;
  log: (message: string) => void;
  /** Where answers a full data disk refused are copied meanwhile (default: the system temp folder). */
  spillDir?: string;
  /** Which program holds the data folder (named to a second one that is refused). */
  runtime?: 'electron' | 'web';
  /** Absolute path of the FSRS optimizer module 优化参数's worker loads (default: the installed binding; tests). */
  optimizerBinding?: string;
}

/** Everything the handlers need: the loaded bank and one learner's repositories (replaced after a restore). */
export interface Services {
  config: ServiceConfig;
  /** The loaded bank; replaced as a whole when the centre's banks are read again. */
  bank: BankIndex;
  bankSources: BankSources;
  /** Settings of this machine (centre-bank folder), shared by every learner. */
  machine: MachineConfigRepo;
  /** Reads the shipped bank and the given centre folder again and puts the result in place of `bank`. */
  reloadBank(centreBanksDir: string): Promise<void>;
  health: StorageHealth;
  /** Push events to the renderer (storage:changed, bank:reloaded); each transport listens. */
  events: AppEvents;
  profiles: ProfilesRepo;
  /** Failed PIN tries (learners and administrator), persisted, with growing waits. */
  pinAttempts: PinAttempts;
  /** The open learner's id, or null on the start screen. */
  readonly learnerId: string | null;
  /** The open learner's repositories; each throws a coded error while no learner is open. */
  readonly backups: Backups;
  readonly settings: SettingsRepo;
  readonly answers: AnswersRepo;
  readonly caseAttempts: CaseAttemptsRepo;
  /** Case answers typed in 案例练习 and not yet self-marked. */
  readonly caseDrafts: CaseDraftsRepo;
  readonly collections: CollectionsRepo;
  readonly exams: ExamsRepo;
  /** Chapter weights for mock papers. */
  weights: Record<string, number>;
  readonly srsParams: SrsParamsRepo;
  /** The FSRS scheduler for the learner's current parameters. */
  readonly scheduler: Scheduler;
  /** Local-day arithmetic in the learner's time zone. */
  day: LocalDay;
  notices: string[];
  /** Recomputes cards after the scheduler parameters changed (retention or fitted weights). */
  refreshScheduler(): Promise<void>;
  /**
   * Puts the open learner's files back from backup `id`: closes them, restores (the current files are kept as a
   * before-restore backup), and reopens whatever is on disk then (the restored copy, or the untouched original if the
   * restore failed early). Returns the reopened learner's notices; a failed restore rethrows after reopening.
   */
  restoreLearner(backupId: string): Promise<string[]>;
  /** Closes the open learner (flushing and refreshing today's backup) and opens another, or none. */
  switchLearner(id: string | null): Promise<string[]>;
  /** Folder of a learner's data. */
  learnerDir(id: string): string;
  /** Folder of a learner's backups. */
  backupsDir(id: string): string;
  /** Flushes what can be flushed, closes files and refreshes today's backup. Call when the app closes. */
  dispose(): Promise<void>;
}

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { indexBank, type BankIndex } from '../../core/bank/bankIndex';
import { validateBank } from '../../core/bank/validateBank';
import { readBankDir } from '../bank/readBankDir';
import { openAnswersRepo, type AnswersRepo } from '../storage/answersRepo';
import { Backups } from '../storage/backups';
import { openCaseAttemptsRepo, type CaseAttemptsRepo } from '../storage/caseAttemptsRepo';
import { openSettingsRepo, type SettingsRepo } from '../storage/settingsRepo';
import { StorageHealth } from '../storage/storageHealth';
import { openCollectionsRepo, type CollectionsRepo } from '../storage/collectionsRepo';
import { openExamsRepo, type ExamsRepo } from '../storage/examsRepo';
import { readWeights } from '../bank/readWeights';
import { openSrsParamsRepo, type SrsParamsRepo } from '../storage/srsParamsRepo';
import type { FoldParams } from '../storage/answersRepo';
import { paramsKey } from '../../core/srs/cardState';
import { createScheduler, type Scheduler } from '../../core/srs/scheduler';
import { localDay, type LocalDay } from '../../core/srs/calendar';
import type { Settings } from '../../shared/settings';

export interface ServiceConfig {
  /** Root of all learner data (Electron: userData; browser runtime: --data). */
  dataDir: string;
  /** The `questions/` folder shipped with the app. */
  questionsDir: string;
  /** Injected clock (epoch ms). */
  now: () => number;
  /** Learner's time zone, minutes east of UTC (default: this machine's). Day boundaries follow it. */
  tzOffsetMinutes?: number;
  log: (message: string) => void;
}

const LEARNER = 'default';
const BACKUP_CHECK_MS = 60 * 60 * 1000;

/** Everything the handlers need: the loaded bank and one learner's repositories (replaced after a restore). */
export interface Services {
  config: ServiceConfig;
  bank: BankIndex;
  health: StorageHealth;
  backups: Backups;
  settings: SettingsRepo;
  answers: AnswersRepo;
  caseAttempts: CaseAttemptsRepo;
  collections: CollectionsRepo;
  exams: ExamsRepo;
  /** Chapter weights for mock papers. */
  weights: Record<string, number>;
  srsParams: SrsParamsRepo;
  /** The FSRS scheduler for the learner's current parameters. */
  scheduler: Scheduler;
  /** Local-day arithmetic in the learner's time zone. */
  day: LocalDay;
  notices: string[];
  /** Recomputes cards after the scheduler parameters changed (retention or fitted weights). */
  refreshScheduler(): Promise<void>;
  /** Closes and reopens the learner's files (after a restore). */
  reopenLearner(): Promise<string[]>;
  /** Flushes what can be flushed, closes files and refreshes today's backup. Call when the app closes. */
  dispose(): Promise<void>;
}

export async function loadBank(questionsDir: string): Promise<BankIndex> {
  return indexBank(validateBank(await readBankDir(questionsDir)));
}

export function foldParamsFor(settings: Pick<Settings, 'desiredRetention'>, weights: readonly number[] | null): FoldParams & { scheduler: Scheduler } {
  const p = { retention: settings.desiredRetention, weights };
  return { scheduler: createScheduler(p), key: paramsKey(p) };
}

/** Opens one learner's records (exported for the start-up benchmark). */
export async function openLearner(learnerDir: string, health: StorageHealth, backups: Backups) {
  await mkdir(learnerDir, { recursive: true });
  const [settings, caseAttempts, collections, srsParams, exams] = await Promise.all([
    openSettingsRepo(learnerDir, health, backups.source),
    openCaseAttemptsRepo(learnerDir, health, backups.source),
    openCollectionsRepo(learnerDir, health, backups.source),
    openSrsParamsRepo(learnerDir, health, backups.source),
    openExamsRepo(learnerDir, health),
  ]);
  const fold = foldParamsFor(settings.get(), srsParams.get().weights);
  const answers = await openAnswersRepo(learnerDir, health, fold);
  const notices = [settings.notice, caseAttempts.notice, collections.notice, srsParams.notice, ...exams.notices, ...answers.notices].filter(
    (n): n is string => n !== null,
  );
  return { settings, answers, caseAttempts, collections, srsParams, exams, scheduler: fold.scheduler, notices };
}

/**
 * Opens the bank and the learner's records, then makes today's backup of the (now validated) records.
 * A daily backup is also checked for every hour while the app runs.
 */
export async function createServices(config: ServiceConfig): Promise<Services> {
  const learnerDir = join(config.dataDir, 'learners', LEARNER);
  const health = new StorageHealth(config.log);
  const backups = new Backups(join(config.dataDir, 'backups', LEARNER), learnerDir, config.now);
  const [bank, weights, learner] = await Promise.all([
    loadBank(config.questionsDir),
    readWeights(config.questionsDir, config.log),
    openLearner(learnerDir, health, backups),
  ]);
  for (const p of bank.problems) config.log(`bank problem: ${p.file} ${p.itemId ?? '-'} ${p.field}: ${p.message}`);
  for (const n of learner.notices) config.log(`storage notice: ${n}`);

  const dailyBackup = () =>
    backups.ensureDaily().catch((e: unknown) => config.log(`backup failed: ${e instanceof Error ? e.message : String(e)}`));
  await dailyBackup();
  const timer = setInterval(() => void dailyBackup(), BACKUP_CHECK_MS);
  timer.unref?.();

  const services: Services = {
    config,
    bank,
    weights,
    health,
    backups,
    ...learner,
    day: localDay(config.tzOffsetMinutes ?? -new Date(config.now()).getTimezoneOffset()),
    async refreshScheduler() {
      const fold = foldParamsFor(services.settings.get(), services.srsParams.get().weights);
      services.scheduler = fold.scheduler;
      await services.answers.refold(fold);
    },
    async reopenLearner() {
      await services.answers.close();
      const next = await openLearner(learnerDir, health, backups);
      Object.assign(services, next);
      return next.notices;
    },
    async dispose() {
      clearInterval(timer);
      await health.retryAll();
      health.dispose();
      await services.answers.close();
      await backups.refreshToday().catch((e: unknown) => config.log(`backup failed: ${e instanceof Error ? e.message : String(e)}`));
    },
  };
  return services;
}

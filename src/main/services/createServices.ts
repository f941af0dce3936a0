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

export interface ServiceConfig {
  /** Root of all learner data (Electron: userData; browser runtime: --data). */
  dataDir: string;
  /** The `questions/` folder shipped with the app. */
  questionsDir: string;
  /** Injected clock (epoch ms). */
  now: () => number;
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
  notices: string[];
  /** Closes and reopens the learner's files (after a restore). */
  reopenLearner(): Promise<string[]>;
  /** Flushes what can be flushed, closes files and refreshes today's backup. Call when the app closes. */
  dispose(): Promise<void>;
}

export async function loadBank(questionsDir: string): Promise<BankIndex> {
  return indexBank(validateBank(await readBankDir(questionsDir)));
}

async function openLearner(learnerDir: string, health: StorageHealth, backups: Backups) {
  await mkdir(learnerDir, { recursive: true });
  const [settings, answers, caseAttempts] = await Promise.all([
    openSettingsRepo(learnerDir, health, backups.source),
    openAnswersRepo(learnerDir, health),
    openCaseAttemptsRepo(learnerDir, health, backups.source),
  ]);
  const notices = [settings.notice, caseAttempts.notice, ...answers.notices].filter((n): n is string => n !== null);
  return { settings, answers, caseAttempts, notices };
}

/**
 * Opens the bank and the learner's records, then makes today's backup of the (now validated) records.
 * A daily backup is also checked for every hour while the app runs.
 */
export async function createServices(config: ServiceConfig): Promise<Services> {
  const learnerDir = join(config.dataDir, 'learners', LEARNER);
  const health = new StorageHealth(config.log);
  const backups = new Backups(join(config.dataDir, 'backups', LEARNER), learnerDir, config.now);
  const [bank, learner] = await Promise.all([loadBank(config.questionsDir), openLearner(learnerDir, health, backups)]);
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
    health,
    backups,
    ...learner,
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

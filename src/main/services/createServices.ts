import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { indexBank, type BankIndex } from '../../core/bank/bankIndex';
import { validateBank } from '../../core/bank/validateBank';
import { readBankDir } from '../bank/readBankDir';
import { openAnswersRepo, type AnswersRepo } from '../storage/answersRepo';
import { openCaseAttemptsRepo, type CaseAttemptsRepo } from '../storage/caseAttemptsRepo';
import { openSettingsRepo, type SettingsRepo } from '../storage/settingsRepo';

export interface ServiceConfig {
  /** Root of all learner data (Electron: userData; browser runtime: --data). */
  dataDir: string;
  /** The `questions/` folder shipped with the app. */
  questionsDir: string;
  /** Injected clock (epoch ms). */
  now: () => number;
  log: (message: string) => void;
}

/** Everything the handlers need: one learner's repositories and the loaded bank. */
export interface Services {
  config: ServiceConfig;
  bank: BankIndex;
  settings: SettingsRepo;
  answers: AnswersRepo;
  caseAttempts: CaseAttemptsRepo;
  notices: string[];
}

export async function loadBank(questionsDir: string): Promise<BankIndex> {
  return indexBank(validateBank(await readBankDir(questionsDir)));
}

export async function createServices(config: ServiceConfig): Promise<Services> {
  const learnerDir = join(config.dataDir, 'learners', 'default');
  await mkdir(learnerDir, { recursive: true });
  const [bank, settings, answers, caseAttempts] = await Promise.all([
    loadBank(config.questionsDir),
    openSettingsRepo(learnerDir),
    openAnswersRepo(learnerDir),
    openCaseAttemptsRepo(learnerDir),
  ]);
  for (const p of bank.problems) {
    config.log(`bank problem: ${p.file} ${p.itemId ?? '-'} ${p.field}: ${p.message}`);
  }
  const notices = [settings.notice, caseAttempts.notice, ...answers.notices].filter((n): n is string => n !== null);
  for (const n of notices) config.log(`storage notice: ${n}`);
  return { config, bank, settings, answers, caseAttempts, notices };
}

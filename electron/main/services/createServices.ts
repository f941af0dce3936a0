import { AppEvents } from './appEvents';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROFILE_ID } from '@shared/formats';
import type { BankIndex } from '@core/bank/bankIndex';
import { paramsKey } from '@core/srs/cardState';
import { localDay, type LocalDay } from '@core/srs/calendar';
import { createScheduler, type Scheduler } from '@core/srs/scheduler';
import { AppError } from '@shared/errors';
import type { Settings } from '@shared/settings';
import { openPinAttempts } from '../auth/pinAttempts';
import { centreFolderOf } from '../bank/centreFolder';
import { loadBankWithSources } from '../bank/loadBank';
import { learnerBanksDirOf } from '../bank/readBankDir';
import { readWeights } from '../bank/readWeights';
import { openAnswersRepo, type FoldParams } from '../storage/answersRepo';
import { Backups } from '../storage/backups';
import { openCaseAttemptsRepo } from '../storage/caseAttemptsRepo';
import { openCaseDraftsRepo } from '../storage/caseDraftsRepo';
import { openCollectionsRepo } from '../storage/collectionsRepo';
import { openExamsRepo } from '../storage/examsRepo';
import { openMachineConfigRepo, type MachineConfigRepo } from '../storage/machineConfigRepo';
import { PROFILE_COPY, openProfilesRepo, readProfileFile, type Profile, type ProfilesRepo } from '../storage/profilesRepo';
import { hashPin } from '../auth/pinHash';
import { SERVICE_MESSAGES } from './messages';
import { openSettingsRepo } from '../storage/settingsRepo';
import { openSrsParamsRepo } from '../storage/srsParamsRepo';
import { lockDataFolder } from '../storage/folderLock';
import { removeLeftovers } from '../storage/leftovers';
import { SpillFile } from '../storage/spillFile';
import { StorageHealth } from '../storage/storageHealth';
import { NewerVersionError } from '../storage/versionedDocument';
import { completeInterruptedSubmissions } from './exam/sitting';
import type { ServiceConfig, Services } from './services';

export type { ServiceConfig, Services } from './services';

const BACKUP_CHECK_MS = 60 * 60 * 1000;

export function foldParamsFor(
  settings: Pick<Settings, 'desiredRetention'>,
  weights: readonly number[] | null,
): FoldParams & { scheduler: Scheduler } {
  const p = { retention: settings.desiredRetention, weights };
  return { scheduler: createScheduler(p), key: paramsKey(p) };
}

/** Where answers the data disk refused are copied for this learner folder (storage/spillFile.ts). */
export function spillFileFor(learnerDir: string, spillDir = tmpdir()): SpillFile {
  const tag = createHash('sha1').update(learnerDir).digest('hex').slice(0, 16);
  return new SpillFile(join(spillDir, `shegonglu-unsaved-${tag}.jsonl`));
}

/** Opens one learner's records (exported for the start-up benchmark). */
export async function openLearner(learnerDir: string, health: StorageHealth, backups: Backups, spill?: SpillFile) {
  await mkdir(learnerDir, { recursive: true });
  const [settings, caseAttempts, collections, srsParams, exams, caseDrafts] = await Promise.all([
    openSettingsRepo(learnerDir, health, backups.source),
    openCaseAttemptsRepo(learnerDir, health, backups.source),
    openCollectionsRepo(learnerDir, health, backups.source),
    openSrsParamsRepo(learnerDir, health, backups.source),
    openExamsRepo(learnerDir, health, backups.source),
    openCaseDraftsRepo(learnerDir, health, backups.source),
  ]);
  const fold = foldParamsFor(settings.get(), srsParams.get().weights);
  const answers = await openAnswersRepo(learnerDir, health, fold, backups.source, spill);
  const notices = [
    settings.notice,
    caseAttempts.notice,
    caseDrafts.notice,
    collections.notice,
    srsParams.notice,
    ...exams.notices,
    ...answers.notices,
  ].filter((n): n is string => n !== null);
  return { settings, answers, caseAttempts, caseDrafts, collections, srsParams, exams, scheduler: fold.scheduler, notices };
}

type Learner = Awaited<ReturnType<typeof openLearner>> & { id: string; backups: Backups };

/**
 * Opens the bank and the learner profiles. A learner's records are opened when the learner is chosen — at once when
 * there is exactly one learner without a PIN (a home PC) — and today's backup of them is made then. A daily backup
 * is also checked for every hour while the app runs.
 */
export async function createServices(config: ServiceConfig): Promise<Services> {
  await mkdir(config.dataDir, { recursive: true });
  // One writer per data folder across processes, taken before anything is read; released by dispose.
  const lock = await lockDataFolder(config.dataDir, config.runtime ?? 'electron', config.now);
  try {
    const removed = await removeLeftovers(config.dataDir);
    if (removed) config.log(`removed ${removed} leftover temp file(s) of interrupted writes`);
    return await openServices(config, () => lock.release());
  } catch (e) {
    await lock.release();
    throw e;
  }
}

async function openServices(config: ServiceConfig, releaseLock: () => Promise<void>): Promise<Services> {
  // Every "which day is it" question (plans, backups, reports) uses this one local day.
  const day = localDay(config.tzOffsetMinutes ?? -new Date(config.now()).getTimezoneOffset());
  const events = new AppEvents(config.log);
  const health = new StorageHealth(config.log, undefined, (problem) => events.emit('storage:changed', { problem: problem !== null }));
  const learnerDir = (id: string) => join(config.dataDir, 'learners', id);
  const backupsDir = (id: string) => join(config.dataDir, 'backups', id);
  const machine = await openMachineConfig(config, health);
  const hasLearnerBanks = async (id: string) => (await stat(learnerBanksDirOf(learnerDir(id))).catch(() => null))?.isDirectory() ?? false;
  const centreDir = centreFolderOf(config, machine).dir;
  const [loaded, weights, profiles, pinAttempts] = await Promise.all([
    loadBankWithSources(config.questionsDir, centreDir),
    readWeights(config.questionsDir, config.log),
    openProfilesRepo(config.dataDir, health),
    openPinAttempts(config.dataDir, health, config.now),
  ]);
  const logProblems = (b: BankIndex) => {
    for (const p of b.problems) config.log(`bank problem: ${p.file} ${p.itemId ?? '-'} ${p.field}: ${p.message}`);
  };
  logProblems(loaded.bank);
  const adoptNotices = await adoptLearnerFolders(config, profiles, day);

  let current: Learner | null = null;
  const need = (): Learner => {
    if (!current) throw new AppError('FORBIDDEN', '请先在开始页面选择学员。');
    return current;
  };
  const backupFailed = (e: unknown) => config.log(`backup failed: ${e instanceof Error ? e.message : String(e)}`);
  const records = async (id: string, backups: Backups): Promise<Learner> => ({
    ...(await openLearner(learnerDir(id), health, backups, spillFileFor(learnerDir(id), config.spillDir))),
    id,
    backups,
  });
  const open = async (id: string): Promise<Learner> => {
    const backups = new Backups(backupsDir(id), learnerDir(id), config.now, day);
    const learner = await records(id, backups);
    for (const n of learner.notices) config.log(`storage notice: ${n}`);
    await backups.ensureDaily().catch(backupFailed);
    return learner;
  };
  const close = async (): Promise<void> => {
    if (!current) return;
    await health.retryAll();
    await current.answers.close();
    await current.backups.refreshToday().catch(backupFailed);
    current = null;
  };
  if (config.learner && !profiles.get(config.learner)) {
    await profiles.save([
      ...profiles.all(),
      { id: config.learner, name: '学员1', level: null, examDate: null, createdAt: config.now(), pin: null },
    ]);
  }
  const only = profiles.all();
  if (config.learner) current = await open(config.learner);
  else if (only.length === 1 && only[0]!.pin === null) current = await open(only[0]!.id);

  const timer = setInterval(() => void current?.backups.ensureDaily().catch(backupFailed), BACKUP_CHECK_MS);
  timer.unref?.();

  const services: Services = {
    config,
    bank: loaded.bank,
    bankSources: loaded.sources,
    machine,
    async reloadBank(dir) {
      // The open learner's own imported banks (我的题库) join the shipped and centre banks.
      const next = await loadBankWithSources(config.questionsDir, dir, current ? learnerBanksDirOf(learnerDir(current.id)) : undefined);
      logProblems(next.bank);
      services.bank = next.bank;
      services.bankSources = next.sources;
      events.emit('bank:reloaded', { items: next.sources.centreItems });
    },
    weights,
    health,
    events,
    profiles,
    pinAttempts,
    get learnerId() {
      return current?.id ?? null;
    },
    get backups() {
      return need().backups;
    },
    get settings() {
      return need().settings;
    },
    get answers() {
      return need().answers;
    },
    get caseAttempts() {
      return need().caseAttempts;
    },
    get caseDrafts() {
      return need().caseDrafts;
    },
    get collections() {
      return need().collections;
    },
    get exams() {
      return need().exams;
    },
    get srsParams() {
      return need().srsParams;
    },
    get scheduler() {
      return need().scheduler;
    },
    get notices() {
      // On the start screen: what happened to the machine's own files (learner list, settings, locked learners).
      return current?.notices ?? [profiles.notice, machine.notice, ...adoptNotices].filter((n): n is string => n !== null);
    },
    set notices(n: string[]) {
      if (current) current.notices = n;
    },
    day,
    learnerDir,
    backupsDir,
    async refreshScheduler() {
      const l = need();
      const fold = foldParamsFor(l.settings.get(), l.srsParams.get().weights);
      l.scheduler = fold.scheduler;
      await l.answers.refold(fold);
    },
    async restoreLearner(backupId) {
      const l = need();
      await l.answers.close();
      try {
        await l.backups.restore(backupId);
      } finally {
        current = await records(l.id, l.backups);
        // A restored backup may hold a paper caught between 交卷 and the log.
        await completeInterruptedSubmissions(services);
      }
      return current.notices;
    },
    async switchLearner(id) {
      await close();
      if (id !== null) {
        current = await open(id);
      }
      // Reload only when the bank holds the last learner's imported banks or the next learner has some.
      if (services.bankSources.learnerFiles || (current && (await hasLearnerBanks(current.id)))) {
        await services.reloadBank(centreFolderOf(config, machine).dir);
      }
      if (current) await completeInterruptedSubmissions(services);
      return current?.notices ?? [];
    },
    async dispose() {
      clearInterval(timer);
      try {
        await close();
        health.dispose();
      } finally {
        await releaseLock();
      }
    },
  };
  if (current && (await hasLearnerBanks(current.id))) await services.reloadBank(centreDir);
  if (current) await completeInterruptedSubmissions(services);
  return services;
}

/**
 * The machine's settings. A file written by a newer app version is left untouched: the defaults are used for this run
 * and changing them is refused, so the newer file is never overwritten.
 */
async function openMachineConfig(config: ServiceConfig, health: StorageHealth): Promise<MachineConfigRepo> {
  try {
    return await openMachineConfigRepo(config.dataDir, health);
  } catch (e) {
    if (!(e instanceof NewerVersionError)) throw e;
    config.log(`machine settings: ${e.message}`);
    return {
      notice: e.message,
      get: () => ({ centreBanksDir: null, adminPin: null }),
      set: () => Promise.reject(e),
    };
  }
}

/**
 * Learner folders without a profile (data from before profiles, or a damaged profiles.json) get one back, so no
 * learner's records are ever hidden. The profile comes from the folder's own copy, else from the newest backup that
 * holds one. A learner whose copies are all damaged is not opened to everyone: they come back locked (a PIN nobody
 * knows, which an administrator PIN that existed before can reset), and the start screen says so.
 */
async function adoptLearnerFolders(config: ServiceConfig, profiles: ProfilesRepo, day: LocalDay): Promise<string[]> {
  let ids: string[] = [];
  try {
    ids = (await readdir(join(config.dataDir, 'learners'), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  } catch {
    return [];
  }
  const known = new Set(profiles.all().map((p) => p.id));
  const missing = ids.filter((id) => PROFILE_ID.test(id) && !known.has(id));
  if (missing.length === 0) return [];
  const notices: string[] = [];
  const adopted = await Promise.all(
    missing.map(async (id, i): Promise<Profile> => {
      const own = await readProfileFile(join(config.dataDir, 'learners', id, PROFILE_COPY), id);
      if ('profile' in own) return own.profile;
      const backups = new Backups(join(config.dataDir, 'backups', id), join(config.dataDir, 'learners', id), config.now, day);
      for (const b of await backups.source(PROFILE_COPY)) {
        const c = await readProfileFile(b.file, id);
        if ('profile' in c) {
          notices.push(SERVICE_MESSAGES.profileFromBackup(c.profile.name, b.label));
          return c.profile;
        }
      }
      const name = id === 'default' ? '学员1' : `学员${known.size + i + 1}`;
      const base = { id, name, level: null, examDate: null, createdAt: config.now() };
      if ('missing' in own) return { ...base, pin: null }; // a folder from before profiles: it never had a PIN
      notices.push(SERVICE_MESSAGES.profileLocked(name));
      return { ...base, pin: await hashPin(randomBytes(16).toString('hex'), config.now()) };
    }),
  );
  await profiles.save([...profiles.all(), ...adopted]);
  return notices;
}

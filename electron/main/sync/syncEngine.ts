import { hostname } from 'node:os';
import { MAX_BATCH, type CentreBankRef, type SyncEvent } from '@shared/centre/contract';
import type { EnrolAllResult, SyncStatus } from '@shared/ipc/contract/sync';
import type { TodayPlan } from '@shared/ipc/contract';
import { AppError } from '@shared/errors';
import type { Services } from '../services/services';
import { CentreCallError, CERT_CHANGED, centreClient, normaliseCentreUrl, type Fetch } from './centreClient';
import { localEvents, mergePulled } from './localEvents';
import { applyCentreBanks, removeCentreBanks } from './centreBankFiles';
import { dropClassBanks } from '../import/todayBanks';
import { centreFolderOf } from '../bank/centreFolder';
import { fetchCertificate, pinnedFetch } from './pinnedFetch';
import { ENROL_ALL_MESSAGES, SYNC_MESSAGES as M } from './messages';
import { enrolAll, type EnrolAllArgs } from './enrolAll';
import { newSyncState, readSyncState, writeSyncState, type SyncState } from './syncState';
import { openPlanDaysRepo } from '../storage/planDaysRepo';
import { todayPlan } from '../services/today';
import { planEvents, planLeft } from './planDays';

export interface SyncOptions {
  fetch?: Fetch;
  /** Time between rounds while all is well (default 30 s). */
  intervalMs?: number;
  /** First wait after a failed round, doubled up to `maxBackoffMs` (defaults 5 s and 5 min). */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** A batch's body stays under this many bytes (the centre refuses larger ones; default 1 MB). */
  maxBatchBytes?: number;
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;

/**
 * 连接培训机构: the background loop that sends the open learner's new study events to the connected centre in
 * batches and folds in what their other PCs sent. It never runs while no learner is connected (such a PC makes no
 * network request at all), never makes answering wait, and after a failure waits longer each time, then catches up.
 */
export function createSyncEngine(s: Services, o: SyncOptions = {}) {
  const fetchImpl = o.fetch ?? fetch;
  const interval = o.intervalMs ?? 30_000;
  const backoff0 = o.backoffMs ?? 5_000;
  const maxBackoff = o.maxBackoffMs ?? 300_000;
  const maxBytes = o.maxBatchBytes ?? 1024 * 1024;
  let timer: NodeJS.Timeout | null = null;
  let failures = 0;
  let running: Promise<void> | null = null;
  let stopped = false;
  let live: { learnerId: string; state: 'synced' | 'pending' | 'offline' | 'revoked'; message: string | null; pending: number } | null =
    null;
  /** Banks from the centre refused on this run (`id:hash`): reported once, fetched again only when changed. */
  const refusedBanks = new Set<string>();
  /** Notified after every round (tests wait on it instead of sleeping). */
  const listeners = new Set<() => void>();

  async function current(): Promise<{ learnerId: string; dir: string; state: SyncState | null }> {
    const learnerId = s.learnerId;
    if (!learnerId) return { learnerId: '', dir: '', state: null };
    const dir = s.learnerDir(learnerId);
    const state = await readSyncState(dir);
    if (state === 'unreadable') {
      s.config.log(`sync: ${dir}/sync.json unreadable`);
      return { learnerId, dir, state: null };
    }
    return { learnerId, dir, state };
  }

  /** HTTPS centres are reached only through their pinned certificate; a state without one is not trusted. */
  function clientOf(state: Pick<SyncState, 'centreUrl' | 'certPem' | 'fingerprint'>) {
    if (!state.centreUrl.startsWith('https:')) return centreClient(state.centreUrl, fetchImpl);
    if (!state.certPem || !state.fingerprint)
      throw new CentreCallError({ kind: 'refused', status: 495, code: 'CERT_CHANGED', message: CERT_CHANGED });
    return centreClient(state.centreUrl, o.fetch ?? pinnedFetch(state.certPem, state.fingerprint));
  }

  /** A centre at `base`: HTTPS pins the certificate seen now (every later call accepts that one only). */
  async function reach(base: string) {
    let pin: { pem: string; fingerprint: string } | null = null;
    if (base.startsWith('https:') && !o.fetch) {
      try {
        pin = await fetchCertificate(base);
      } catch {
        throw new CentreCallError({ kind: 'offline' });
      }
    }
    return { client: clientOf({ centreUrl: base, certPem: pin?.pem ?? null, fingerprint: pin?.fingerprint ?? null }), pin };
  }

  function schedule(ms: number): void {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void syncNow(), ms);
    timer.unref();
  }

  function unsent(events: SyncEvent[], known: ReadonlySet<string>): SyncEvent[] {
    return events.filter((e) => !known.has(e.id));
  }

  /** The learner's study events and the days of today's plan noted while connected. */
  async function allEvents(dir: string): Promise<SyncEvent[]> {
    const plans = await openPlanDaysRepo(dir, s.health);
    if (plans.notice) s.notices.push(plans.notice);
    return [...(await localEvents(s)), ...planEvents(plans.all())];
  }

  /** Plan notes one after another, so two sightings at once never lose one of them. */
  let planNotes: Promise<void> = Promise.resolve();

  /**
   * Notes today's plan of the open learner (made, and kept once nothing is left), only while that learner is connected
   * to a centre: a PC that never connects writes no file for it. Never throws: the plan is shown either way.
   */
  function notePlan(plan?: TodayPlan): Promise<void> {
    const next = planNotes.then(async () => {
      try {
        const { dir, state } = await current();
        if (!state || state.revoked) return;
        const now = s.config.now();
        const seen = plan ?? todayPlan(s);
        // Without a level there is no plan to make or keep (the home screen asks for the level first).
        if (seen.level === null) return;
        const plans = await openPlanDaysRepo(dir, s.health);
        if (plans.notice) s.notices.push(plans.notice);
        await plans.note(s.day.key(now), planLeft(seen) === 0, now);
      } catch (e) {
        s.config.log(`sync: plan day not noted: ${e instanceof Error ? e.message : String(e)}`);
      }
    });
    planNotes = next;
    return next;
  }

  /** Batches of at most MAX_BATCH events and `maxBytes` bytes each. */
  function batches(events: SyncEvent[]): SyncEvent[][] {
    const out: SyncEvent[][] = [];
    let cur: SyncEvent[] = [];
    let bytes = 0;
    for (const e of events) {
      const size = JSON.stringify(e).length + 1;
      if (cur.length && (cur.length >= MAX_BATCH || bytes + size > maxBytes - 1024)) {
        out.push(cur);
        cur = [];
        bytes = 0;
      }
      cur.push(e);
      bytes += size;
    }
    if (cur.length) out.push(cur);
    return out;
  }

  async function round(): Promise<void> {
    const { learnerId, dir, state } = await current();
    if (!state || state.revoked) return;
    // The plan as it stands now: a day finished without going back to the home screen is kept all the same.
    await notePlan();
    const known = new Set(state.known);
    const save = async () => {
      // The learner was switched meanwhile: what was sent stays sent, the rest waits for their next session.
      if (s.learnerId !== learnerId) throw new Error('learner switched');
      await writeSyncState(dir, { ...state, known: [...known] });
    };
    try {
      const client = clientOf(state);
      for (const batch of batches(unsent(await allEvents(dir), known))) {
        await client.push(state.token, state.centreLearnerId, batch);
        for (const e of batch) known.add(e.id);
        await save();
      }
      let banks: CentreBankRef[] | undefined;
      for (;;) {
        const page = await client.pull(state.token, state.centreLearnerId, state.cursor);
        if (s.learnerId !== learnerId) return;
        const fresh = page.events.filter((e) => !known.has(e.id));
        const { skipped } = await mergePulled(s, fresh);
        if (skipped) s.notices.push(M.skipped(skipped));
        for (const e of page.events) known.add(e.id);
        state.cursor = page.cursor;
        state.assignments = page.assignments;
        await save();
        banks = page.banks;
        if (!page.more) break;
      }
      banks ??= [];
      // The class's question banks: a new or changed one is fetched, one the centre removed is dropped, then the bank
      // is read again (every file checked by the validator). A bank that fails never stops the round or the app.
      const changed = await applyCentreBanks(
        dir,
        banks,
        (id) =>
          client.bank(state.token, state.centreLearnerId, id).catch((e: unknown) => {
            if (e instanceof CentreCallError && e.failure.kind === 'refused' && e.failure.status === 404) return null;
            throw e;
          }),
        (name, why) => s.notices.push(M.bankRefused(name, why)),
        refusedBanks,
      );
      if (changed && s.learnerId === learnerId) await s.reloadBank(centreFolderOf(s.config, s.machine).dir);
      state.lastSyncAt = s.config.now();
      await save();
      failures = 0;
      live = { learnerId, state: 'synced', message: null, pending: unsent(await allEvents(dir), known).length };
      if (live.pending) live.state = 'pending';
      schedule(interval);
    } catch (e) {
      const pending = unsent(await allEvents(dir).catch(() => []), known).length;
      if (e instanceof CentreCallError && e.failure.kind === 'revoked') {
        await writeSyncState(dir, { ...state, known: [...known], revoked: true }).catch(() => undefined);
        live = { learnerId, state: 'revoked', message: M.revoked, pending };
        return;
      }
      failures++;
      const message = e instanceof CentreCallError ? (e.failure.kind === 'offline' ? M.unreachable : e.failure.message) : M.unreachable;
      if (!(e instanceof CentreCallError)) s.config.log(`sync: ${e instanceof Error ? e.message : String(e)}`);
      live = { learnerId, state: 'offline', message, pending };
      schedule(Math.min(maxBackoff, backoff0 * 2 ** (failures - 1)));
    }
  }

  /** The round queued behind the running one: every caller that asks meanwhile shares it. */
  let queued: Promise<void> | null = null;

  function start(): Promise<void> {
    const r = round().finally(() => {
      if (running === r) running = null;
      for (const l of listeners) l();
    });
    running = r;
    return r;
  }

  /**
   * Runs one round now. While a round is already running it may have read the learner's events before the newest
   * answer, so one more round follows it (shared by all who ask meanwhile): what was answered before 立即同步 is sent.
   */
  async function syncNow(): Promise<SyncStatus> {
    if (!running) await start();
    else {
      queued ??= running.then(() => {
        queued = null;
        return stopped ? undefined : start();
      });
      await queued;
    }
    return status();
  }

  async function status(): Promise<SyncStatus> {
    const { learnerId, dir, state } = await current();
    if (!state)
      return {
        connected: false,
        centreUrl: null,
        className: null,
        learnerName: null,
        personalCode: null,
        state: 'off',
        pending: 0,
        lastSyncAt: null,
        message: null,
        assignments: [],
        fingerprint: null,
      };
    if (!timer && !running && !state.revoked && !stopped) schedule(0);
    const mine = live?.learnerId === learnerId ? live : null;
    // Counted now, not at the last round: an answer given since shows as 等待同步 (N) at once.
    const known = new Set(state.known);
    const pending = unsent(await allEvents(dir), known).length;
    return {
      connected: true,
      centreUrl: state.centreUrl,
      className: state.className,
      learnerName: state.learnerName,
      personalCode: state.personalCode,
      state: state.revoked ? 'revoked' : mine?.state === 'offline' ? 'offline' : pending ? 'pending' : (mine?.state ?? 'pending'),
      pending,
      lastSyncAt: state.lastSyncAt,
      message: state.revoked ? M.revoked : (mine?.message ?? null),
      assignments: state.assignments,
      fingerprint: state.fingerprint,
    };
  }

  async function connect(a: {
    centreUrl: string;
    code: string;
    learnerName: string;
    personalCode?: string | undefined;
  }): Promise<SyncStatus> {
    const { learnerId, dir, state } = await current();
    if (!learnerId) throw new AppError('REFUSED', M.notConnected);
    if (state && !state.revoked) throw new AppError('REFUSED', M.alreadyConnected);
    const base = normaliseCentreUrl(a.centreUrl);
    if (!base) throw new AppError('REFUSED', M.badAddress);
    try {
      const { client, pin } = await reach(base);
      const r = await client.enrol({
        code: a.code,
        learnerName: a.learnerName,
        consent: true,
        machineLabel: hostname().slice(0, 60),
        ...(a.personalCode ? { personalCode: a.personalCode } : {}),
      });
      await writeSyncState(dir, newSyncState(base, r, a.learnerName, pin));
    } catch (e) {
      if (e instanceof CentreCallError) throw new AppError('REFUSED', e.failure.kind === 'offline' ? M.unreachable : e.failure.message);
      throw e;
    }
    failures = 0;
    live = null;
    return syncNow();
  }

  let enrolling = false;

  /** 为本机所有学员连接培训机构 (sync/enrolAll.ts); the open learner, if connected now, is synced before it returns. */
  async function enrolAllLearners(a: EnrolAllArgs): Promise<EnrolAllResult> {
    if (enrolling) throw new AppError('REFUSED', ENROL_ALL_MESSAGES.busy);
    enrolling = true;
    try {
      const { enrolled, ...result } = await enrolAll(s, reach, a);
      if (s.learnerId && enrolled.includes(s.learnerId)) {
        // As a single 连接 does: the open learner's first round runs before the step returns, so the header the
        // panel refreshes next says 已同步 (or why not) instead of 等待同步 until the next round. A round that fails
        // is told in the status, not thrown: the others' links are written either way.
        failures = 0;
        live = null;
        await syncNow();
      }
      return result;
    } finally {
      enrolling = false;
    }
  }

  async function disconnect(deleteOnCentre: boolean): Promise<SyncStatus> {
    const { dir, state } = await current();
    if (!state) throw new AppError('REFUSED', M.notConnected);
    await running;
    if (!state.revoked) {
      try {
        await clientOf(state).disconnect(state.token, state.centreLearnerId, deleteOnCentre);
      } catch (e) {
        // Asked to delete: the centre must hear it, so the link stays until it can. A plain 断开 works offline.
        if (deleteOnCentre && !(e instanceof CentreCallError && e.failure.kind === 'revoked'))
          throw new AppError('REFUSED', e instanceof CentreCallError && e.failure.kind !== 'offline' ? e.failure.message : M.unreachable);
      }
    }
    await writeSyncState(dir, null);
    if (timer) clearTimeout(timer);
    timer = null;
    live = null;
    // The class's banks go with the link: out of 我的题库, practice and 今日学习 (the answers to them stay).
    const hadBanks = await removeCentreBanks(dir);
    await dropClassBanks(dir);
    if (hadBanks && s.learnerId && s.learnerDir(s.learnerId) === dir) await s.reloadBank(centreFolderOf(s.config, s.machine).dir);
    return status();
  }

  return {
    status,
    notePlan,
    connect,
    enrolAll: enrolAllLearners,
    syncNow,
    disconnect,
    /** Calls `fn` after each round (for tests: wait on a signal, not a sleep). */
    onRound(fn: () => void): () => void {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await (queued ?? running);
    },
  };
}

import { mkdir } from 'node:fs/promises';
import { hostname } from 'node:os';
import { MAX_ENROL_BATCH, type EnrolBatchOutcome } from '@shared/centre/contract';
import type { EnrolAllOutcome, EnrolAllResult } from '@shared/ipc/contract/sync';
import { AppError } from '@shared/errors';
import type { Profile } from '../storage/profilesRepo';
import { adminActsFor, checkAdmin } from '../services/admin';
import type { Services } from '../services/services';
import { CentreCallError, normaliseCentreUrl, type centreClient } from './centreClient';
import { ENROL_ALL_MESSAGES as M, SYNC_MESSAGES } from './messages';
import { newSyncState, readSyncState, writeSyncState } from './syncState';

type Deps = Pick<Services, 'config' | 'learnerDir' | 'machine' | 'pinAttempts' | 'profiles'>;

/** A centre reached at `base`: its client (HTTPS through the certificate pinned now) and that pin. */
export type Reach = (base: string) => Promise<{
  client: Pick<ReturnType<typeof centreClient>, 'enrolBatch'>;
  pin: { pem: string; fingerprint: string } | null;
}>;

/** The step's form: the centre, the class code, the administrator PIN, and 个人码 given for learners already in the class. */
export interface EnrolAllArgs {
  centreUrl: string;
  code: string;
  adminPin?: string | undefined;
  /** Profile id → 个人码 (a learner connected from another PC: the centre keeps them as the same learner). */
  personalCodes?: Readonly<Record<string, string>> | undefined;
}

/**
 * 为本机所有学员连接培训机构: the administrator connects, in one step, every learner profile of this PC that is not
 * connected yet, on their behalf (they ticked that every learner agreed). Needs the administrator PIN; acts only for
 * the learners that PIN may act for (auth/adminPower.ts). Each learner gets a connection of their own, written as a
 * single 连接 writes it; learners already connected are left alone. Returns how each learner fared.
 */
export async function enrolAll(s: Deps, reach: Reach, a: EnrolAllArgs): Promise<EnrolAllResult & { enrolled: string[] }> {
  if (!s.machine.get().adminPin) throw new AppError('FORBIDDEN', M.needAdminPinFirst);
  await checkAdmin(s, a.adminPin);
  const base = normaliseCentreUrl(a.centreUrl);
  if (!base) throw new AppError('REFUSED', SYNC_MESSAGES.badAddress);

  const outcomes = new Map<string, EnrolAllOutcome>();
  const toEnrol: Profile[] = [];
  for (const p of s.profiles.all()) {
    const state = await readSyncState(s.learnerDir(p.id));
    // As for a single 连接: a revoked or unreadable link may be replaced; a working one is kept.
    if (state && state !== 'unreadable' && !state.revoked) outcomes.set(p.id, outcome(p, 'already'));
    else if (!adminActsFor(s, p)) outcomes.set(p.id, outcome(p, 'failed', M.notCovered));
    else toEnrol.push(p);
  }
  const ordered = () => s.profiles.all().flatMap((p) => outcomes.get(p.id) ?? []);
  if (!toEnrol.length) return { className: null, results: ordered(), enrolled: [] };

  // The 个人码 typed for a learner, as the centre writes them (upper case), or undefined when none was typed.
  const codeFor = (p: Profile): string | undefined => a.personalCodes?.[p.id]?.trim().toUpperCase() || undefined;
  const enrolled: string[] = [];
  let className: string | null = null;
  try {
    const { client, pin } = await reach(base);
    for (let i = 0; i < toEnrol.length; i += MAX_ENROL_BATCH) {
      const chunk = toEnrol.slice(i, i + MAX_ENROL_BATCH);
      let answers: EnrolBatchOutcome[];
      try {
        const r = await client.enrolBatch({
          code: a.code,
          learners: chunk.map((p) => {
            const personalCode = codeFor(p);
            return { learnerName: p.name, consent: true, ...(personalCode ? { personalCode } : {}) };
          }),
          machineLabel: hostname().slice(0, 60),
        });
        if (r.results.length !== chunk.length) throw new AppError('REFUSED', M.badAnswer);
        className = r.className;
        answers = r.results;
      } catch (e) {
        // The first request refused whole (a wrong code, an unreachable centre): say so for all. A later one: the
        // learners connected so far stay connected, the rest are listed with the reason.
        if (!enrolled.length) throw e;
        const why = reasonOf(e);
        for (const p of chunk) outcomes.set(p.id, outcome(p, 'failed', why));
        continue;
      }
      for (const [j, p] of chunk.entries()) {
        const answer = answers[j]!;
        if (!answer.ok) {
          // Same name in the class: with this learner's 个人码 the step connects them as that learner. A wrong code,
          // or one not shaped like a 个人码 (the centre refuses that entry's body), may be typed again.
          if (answer.code === 'NEEDS_PERSONAL_CODE') outcomes.set(p.id, outcome(p, 'failed', M.sameName, true));
          else if (answer.code === 'WRONG_PERSONAL_CODE' || (codeFor(p) && answer.code === 'BAD_BODY'))
            outcomes.set(p.id, outcome(p, 'failed', M.wrongPersonalCode, true));
          else outcomes.set(p.id, outcome(p, 'failed', answer.message));
          continue;
        }
        const r = answer.result;
        const dir = s.learnerDir(p.id);
        try {
          await mkdir(dir, { recursive: true });
          await writeSyncState(dir, newSyncState(base, r, p.name, pin));
          enrolled.push(p.id);
          outcomes.set(p.id, outcome(p, 'connected'));
        } catch (e) {
          s.config.log(`sync: enrolAll: ${dir}: ${e instanceof Error ? e.message : String(e)}`);
          outcomes.set(p.id, outcome(p, 'failed', M.notSaved(r.personalCode)));
        }
      }
    }
  } catch (e) {
    if (e instanceof CentreCallError) throw new AppError('REFUSED', reasonOf(e));
    throw e;
  }
  return { className, results: ordered(), enrolled };
}

function outcome(p: Profile, kind: EnrolAllOutcome['outcome'], message: string | null = null, needsPersonalCode = false): EnrolAllOutcome {
  return { profileId: p.id, name: p.name, outcome: kind, message, needsPersonalCode };
}

/** A failed call to the centre in the words of a single 连接. */
function reasonOf(e: unknown): string {
  if (e instanceof AppError) return e.message;
  if (e instanceof CentreCallError) return e.failure.kind === 'offline' ? SYNC_MESSAGES.unreachable : e.failure.message;
  return SYNC_MESSAGES.unreachable;
}

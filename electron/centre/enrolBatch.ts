import { EnrolBatchLearner, type EnrolBatchOutcome, type EnrolBatchResult } from '@shared/centre/contract';
import type { Db } from './db';
import { CentreError, M } from './errors';
import { parseWith } from './http';
import { enrol } from './sync';

/**
 * 为本机所有学员连接: the learners of one PC enrolled in one request. The class code is checked once (an unknown code
 * refuses the whole request, as a single enrolment would). Each learner is then enrolled exactly as a single
 * enrolment — same field checks, same 个人码 rule, same refusals — in a transaction of their own, so one refusal
 * leaves the others enrolled. Each learner gets a PC token of their own (断开 and 撤销 stay per learner).
 */
export async function enrolBatch(
  db: Db,
  now: number,
  b: { code: string; learners: unknown[]; machineLabel?: string | undefined },
  log: (line: string) => void,
): Promise<EnrolBatchResult> {
  const [cls] = await db.query<{ name: string }>('SELECT name FROM classes WHERE code = $1', [b.code]);
  if (!cls) throw new CentreError(404, 'UNKNOWN_CODE', M.unknownCode);
  const results: EnrolBatchOutcome[] = [];
  for (const raw of b.learners) {
    try {
      const l = parseWith(EnrolBatchLearner, raw);
      const result = await enrol(db, now, undefined, {
        code: b.code,
        learnerName: l.learnerName,
        personalCode: l.personalCode,
        machineLabel: b.machineLabel,
      });
      results.push({ ok: true, learnerName: l.learnerName, result });
    } catch (e) {
      // An internal failure is one learner's refusal too: the learners enrolled before it still get their tokens.
      if (!(e instanceof CentreError)) log(`centre: enrol-batch: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      const r = e instanceof CentreError ? e : new CentreError(500, 'INTERNAL', M.internal);
      results.push({ ok: false, learnerName: nameOf(raw), status: r.status, code: r.code, message: r.message });
    }
  }
  return { className: cls.name, results };
}

/** The name an entry carried, to label its refusal (null when it had none). */
function nameOf(raw: unknown): string | null {
  const name = raw && typeof raw === 'object' ? (raw as { learnerName?: unknown }).learnerName : undefined;
  return typeof name === 'string' ? name.trim().slice(0, 40) : null;
}

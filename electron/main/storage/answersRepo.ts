import { join } from 'node:path';
import { z } from 'zod';
import { applyAnswer, emptyModel, SLOT_MS, type LearnerModel, type Slot } from '@core/learner/learnerModel';
import { CardState } from '@core/srs/cardState';
import type { Scheduler } from '@core/srs/scheduler';
import { AnswerRecord, type AnswerRecordInput } from '@shared/records';
import { serializeLine } from '@core/storage/jsonLines';
import type { BackupSource } from './backups';
import { STORAGE_MESSAGES } from './messages';
import { DurableJsonFile } from './durableJsonFile';
import { monthKey, MonthlyLog } from './monthlyLog';
import type { SpillFile } from './spillFile';
import type { StorageHealth } from './storageHealth';

const QuestionStat = z.object({
  at: z.number(),
  correct: z.boolean(),
  attempts: z.number().int().positive(),
  corrects: z.number().int().nonnegative(),
  wrongs: z.number().int().nonnegative(),
  streak: z.number().int().nonnegative(),
  lastWrongAt: z.number().nullable(),
  card: CardState.nullable(),
});
// Version 3: mock-exam answers no longer enter the response times; an index of version 2 is rebuilt from the log.
// Version 4: answers and minutes per half-hour slot (`activity`); a version 3 index keeps its questions and gets the
// slots from one read of the log (no refold); older ones are rebuilt from the log.
/** The version of the answer index's format (a snapshot of another version is rebuilt from the log). */
const VERSION = 4;

const Watermark = z.record(
  z.string(),
  z.object({ bytes: z.number().int().nonnegative(), sha1: z.string(), from: z.number().int().nonnegative().optional() }),
);
/** Version 3, read only to migrate it. */
const IndexDocV3 = z.object({
  version: z.literal(3),
  paramsKey: z.string(),
  watermark: Watermark,
  questions: z.record(z.string(), QuestionStat),
  times: z.object({ single: z.array(z.number()), multiple: z.array(z.number()) }),
});

const IndexDoc = z.object({
  version: z.literal(VERSION),
  /** The scheduler parameters the cards were computed with. */
  paramsKey: z.string(),
  // `from` absent (indexes written before it): the checksum covers the month from its first byte.
  watermark: z.record(
    z.string(),
    z.object({ bytes: z.number().int().nonnegative(), sha1: z.string(), from: z.number().int().nonnegative().optional() }),
  ),
  questions: z.record(z.string(), QuestionStat),
  times: z.object({ single: z.array(z.number()), multiple: z.array(z.number()) }),
  /** [slot, answers, response ms] per half-hour slot with answers (see LearnerModel.activity). */
  activity: z.array(z.tuple([z.number().int(), z.number().int().nonnegative(), z.number().nonnegative()])),
});
type IndexDoc = z.infer<typeof IndexDoc>;

/** Answers per slot, counted from records (migrating a version 3 index). */
function activityOf(records: Iterable<AnswerRecord>): Map<number, Slot> {
  const out = new Map<number, Slot>();
  for (const r of records) {
    const slot = Math.floor(r.at / SLOT_MS);
    const n = out.get(slot) ?? [0, 0];
    out.set(slot, [n[0] + 1, n[1] + Math.max(0, r.responseMs)]);
  }
  return out;
}

export const ANSWER_INDEX_FILE = 'answer-index.json';

/** The fields of an answer a summary over days needs. */
export type AnswerSummary = Pick<AnswerRecord, 'questionId' | 'at' | 'correct' | 'responseMs'>;

/** A log line's summary, or undefined when the line is not an answer record (checked as far as the summary needs). */
function summaryOf(v: unknown): AnswerSummary | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const { questionId, at, correct, responseMs } = v as Record<string, unknown>;
  return typeof questionId === 'string' &&
    typeof at === 'number' &&
    Number.isFinite(at) &&
    typeof correct === 'boolean' &&
    typeof responseMs === 'number'
    ? { questionId, at, correct, responseMs }
    : undefined;
}

/**
 * When the derived index is written. Never on the answer path: an answer's only durable cost is its append and one
 * fdatasync. A snapshot waits until `every` answers have gathered and answering has paused for `idleMs` (the learner
 * reads an explanation, the app closes), or `cap` answers have gathered without a pause. The log is the source of
 * truth: a crash loses no acknowledged answer, it only leaves a longer tail to replay at the next start.
 */
export interface SnapshotPolicy {
  every: number;
  idleMs: number;
  cap: number;
}
export const DEFAULT_SNAPSHOTS: SnapshotPolicy = { every: 200, idleMs: 3000, cap: 5000 };

export interface FoldParams {
  scheduler: Pick<Scheduler, 'review'>;
  key: string;
}

export interface AnswersRepo {
  /** Per-question state (latest answer, counts, 错题本 run, FSRS card), kept current in memory. */
  model(): LearnerModel;
  /** Records the answer in memory at once; resolves to whether it reached the disk. */
  append(record: AnswerRecordInput): Promise<boolean>;
  /** Records several answers made at one moment (a submitted mock exam) with one write and one flush. */
  appendMany(records: readonly AnswerRecordInput[]): Promise<boolean>;
  /** The whole answer history, read from the log (for rebuilding, optimising and export; not at start-up). */
  history(): Promise<AnswerRecord[]>;
  /** The answers in the log (on disk or queued) of the month that holds `at` (cheap: one month file). */
  monthOf(at: number): Promise<AnswerRecord[]>;
  /**
   * What the 学习报告 needs of the answers at or after `at` (reads only the month files from the one holding `at`
   * on, with a light check of each line instead of the full record schema).
   */
  since(at: number): Promise<AnswerSummary[]>;
  /** Recomputes every card from the log with new scheduler parameters. */
  refold(params: FoldParams): Promise<void>;
  /** Adds answers from another machine to the log (in time order), then recomputes every card from the log. */
  importRecords(records: readonly AnswerRecord[]): Promise<boolean>;
  notices: readonly string[];
  /** Answers recorded in memory that the disk has not accepted yet. */
  unsaved(): AnswerRecord[];
  /** Resolves once every index snapshot started so far is written (or failed): a signal for tests and tools. */
  snapshotsSettled(): Promise<void>;
  close(): Promise<void>;
}

/**
 * For each damaged month, the answers found in backup copies of its file that the file no longer has; they are
 * appended to the log (order in the file does not matter: folds sort by time) and a notice says how many came back.
 */
async function recoverFromBackups(log: MonthlyLog<AnswerRecord>, backups: BackupSource): Promise<AnswerRecord[]> {
  const out: AnswerRecord[] = [];
  for (const month of [...log.damagedMonths].sort()) {
    const file = `${month}.jsonl`;
    const have = new Set((await log.recordsOf(month)).map((r) => serializeLine(r)));
    const found = new Map<string, AnswerRecord>();
    const labels: string[] = [];
    for (const copy of await backups(`reviews/${file}`)) {
      let n = 0;
      for (const r of await log.readCopy(copy.file).catch(() => [] as AnswerRecord[])) {
        const key = serializeLine(r);
        if (!have.has(key) && !found.has(key)) {
          found.set(key, r);
          n++;
        }
      }
      if (n) labels.push(copy.label);
    }
    if (found.size === 0) {
      // Lines were lost and no backup holds them: say so, never pass it over in silence.
      if (log.lostMonths.has(month)) log.notices.push(STORAGE_MESSAGES.logLost(file));
      continue;
    }
    const back = [...found.values()].sort((a, b) => a.at - b.at);
    await log.appendMany(back);
    log.notices.push(STORAGE_MESSAGES.logRecovered(file, back.length, labels.join('、')));
    out.push(...back);
  }
  return out;
}

/** Answers from the spill file that the log does not have yet: appended (each once) and the learner told. */
async function recoverFromSpill(log: MonthlyLog<AnswerRecord>, spill: SpillFile): Promise<AnswerRecord[]> {
  const records = await spill.read();
  if (records.length === 0) return [];
  const months = [...new Set(records.map((r) => monthKey(r.at)))];
  const have = new Set<string>();
  for (const m of months) for (const r of await log.recordsOf(m)) have.add(serializeLine(r));
  const back = records.filter((r) => !have.has(serializeLine(r)));
  if (back.length && !(await log.appendMany(back))) return []; // still no room: the spill file stays
  if (back.length) log.notices.push(STORAGE_MESSAGES.spillRecovered(back.length));
  await spill.clear();
  return back;
}

/**
 * The answer (review) log `reviews/YYYY-MM.jsonl` plus a derived index `answer-index.json`: the learner model
 * folded from the log, with the log bytes it covers (and their checksum) and the scheduler parameters used. Start-up
 * reads the index and replays only the lines written after it. The index is derived: missing, damaged, out of step
 * with the log or made with other parameters, it is rebuilt from the log, the source of truth.
 */
export async function openAnswersRepo(
  learnerDir: string,
  health: StorageHealth,
  initial: FoldParams,
  backups?: BackupSource,
  spill?: SpillFile,
  snapshots: SnapshotPolicy = DEFAULT_SNAPSHOTS,
): Promise<AnswersRepo> {
  let params = initial;
  const log = new MonthlyLog(join(learnerDir, 'reviews'), AnswerRecord, health);
  const indexFile = new DurableJsonFile<IndexDoc>(join(learnerDir, ANSWER_INDEX_FILE), { compact: true });
  let model: LearnerModel = emptyModel();

  let snapshot: Omit<IndexDoc, 'activity' | 'version'> | null = null;
  let activity: IndexDoc['activity'] | null = null;
  try {
    const raw = await indexFile.read();
    const parsed = IndexDoc.safeParse(raw);
    const old = parsed.success ? null : IndexDocV3.safeParse(raw);
    const doc = parsed.success ? parsed.data : old?.success ? old.data : null;
    if (doc && doc.paramsKey === params.key) {
      snapshot = doc;
      activity = parsed.success ? parsed.data.activity : null;
    }
  } catch {
    snapshot = null; // unreadable: rebuilt below
  }
  let tail = snapshot ? await log.open(snapshot.watermark) : null;
  /** A version 3 index in step with the log: its slots are counted from the log once all is folded. */
  let migrateActivity = false;
  if (snapshot && tail) {
    for (const [id, stat] of Object.entries(snapshot.questions)) model.questions.set(id, stat);
    model.times = { single: [...snapshot.times.single], multiple: [...snapshot.times.multiple] };
    if (activity) for (const [slot, n, ms] of activity) model.activity.set(slot, [n, ms]);
    else migrateActivity = true;
  } else {
    // Rebuilding from the whole log: fold in time order (imported answers may sit after newer ones in a file).
    tail = [...((await log.open({})) ?? [])].sort((a, b) => a.at - b.at);
  }
  // A month file with damaged lines or a cut-off end: answers still in the backups' copies of it come back.
  const recovered = backups ? await recoverFromBackups(log, backups) : [];
  // Answers a full disk refused last time, kept in the spill file: each that the log lacks comes back.
  if (spill) recovered.push(...(await recoverFromSpill(log, spill)));
  if (recovered.length) tail = [...tail, ...recovered].sort((a, b) => a.at - b.at);
  for (const r of tail) applyAnswer(model, r, params.scheduler);
  if (migrateActivity) model.activity = activityOf(await log.readAll());

  let sinceSnapshot = snapshot && tail.length === 0 && !migrateActivity ? 0 : snapshots.every; // write a fresh one soon if stale
  // Rebuilds (refold, import) run one at a time, and answers wait for a running rebuild, so the model a rebuild
  // makes is never missing an answer recorded meanwhile.
  let rebuilding: Promise<unknown> = Promise.resolve();
  let rebuilds = 0;
  // True while the log holds records the model does not (an import between its write and its refold).
  let modelBehindLog = false;
  const exclusively = <R>(work: () => Promise<R>): Promise<R> => {
    rebuilds++;
    const run = rebuilding.then(work).finally(() => rebuilds--);
    rebuilding = run.catch(() => {});
    return run;
  };

  // Snapshot writes are chained so two never overlap; close waits for the last one.
  let writing: Promise<void> = Promise.resolve();
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  const writeSnapshot = (): Promise<void> => {
    sinceSnapshot = 0;
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    writing = writing.then(async () => {
      // The model and the log sizes must describe the same instant: taken together, synchronously, and only when
      // every answer in the model is on disk. Otherwise an answer could be both in the index and after its
      // watermark (counted twice after a restart) or covered by the watermark but missing from the index.
      const sizes = modelBehindLog ? null : log.settledSizes();
      if (!sizes) {
        sinceSnapshot = Math.max(sinceSnapshot, snapshots.every); // try again after the next answer
        return;
      }
      const questions = Object.fromEntries(model.questions); // stats are replaced, never mutated: a shallow copy holds
      const times = { single: [...model.times.single], multiple: [...model.times.multiple] };
      const activity = [...model.activity].map(([slot, [n, ms]]) => [slot, n, ms] as [number, number, number]);
      const key = params.key;
      const doc: IndexDoc = { version: VERSION, paramsKey: key, watermark: await log.watermark(sizes), questions, times, activity };
      await health.run(ANSWER_INDEX_FILE, () => indexFile.write(doc));
    });
    return writing;
  };

  /** Folds the whole log (on disk and still queued, taken at one instant) into a fresh model. */
  const refoldNow = async (next: FoldParams): Promise<void> => {
    const { sizes, pending } = log.state();
    const all = [...(await log.readAll(sizes)), ...pending].sort((a, b) => a.at - b.at);
    const fresh = emptyModel();
    for (const r of all) applyAnswer(fresh, r, next.scheduler);
    params = next;
    model = fresh;
    recent = null;
    modelBehindLog = false;
    await writeSnapshot();
  };

  /** After a saved answer: a snapshot once enough answers gathered and answering paused (or far too many gathered). */
  const snapshotLater = (): void => {
    if (sinceSnapshot >= snapshots.cap) {
      void writeSnapshot();
    } else if (sinceSnapshot >= snapshots.every) {
      if (snapshots.idleMs === 0) {
        void writeSnapshot();
        return;
      }
      // Restart the wait for a pause; refresh() moves the running timer instead of making a new one per answer.
      if (idleTimer) idleTimer.refresh();
      else {
        idleTimer = setTimeout(() => void writeSnapshot(), snapshots.idleMs);
        idleTimer.unref?.();
      }
    }
  };

  /** The answers of the months from `fromMonth` on, once since() has read them (dropped by a refold or an import). */
  let recent: { fromMonth: string; answers: AnswerSummary[] } | null = null;
  const remember = (records: readonly AnswerRecord[]): void => {
    if (!recent) return;
    for (const r of records) if (monthKey(r.at) >= recent.fromMonth) recent.answers.push(summaryOf(r)!);
  };

  let spilled = false;
  /** Keeps the spill file in step: every answer still waiting for the disk is in it; none once all are saved. */
  const spillIfNeeded = async (saved: boolean): Promise<void> => {
    if (!spill) return;
    const { pending } = log.state();
    if (!saved || pending.length) {
      spilled = await spill.write(pending);
    } else if (spilled) {
      await spill.clear();
      spilled = false;
    }
  };

  return {
    notices: log.notices,
    model: () => model,
    unsaved: () => log.state().pending,
    snapshotsSettled: () => writing,
    async append(input) {
      const record = AnswerRecord.parse(input);
      while (rebuilds > 0) await rebuilding;
      applyAnswer(model, record, params.scheduler);
      remember([record]);
      const saved = await log.append(record);
      // A saved append wrote the whole queue: the spill file needs a look only after a failure.
      if (!saved || spilled) await spillIfNeeded(saved);
      // Only snapshot when the log is fully on disk, so the index never claims lines the log lacks.
      sinceSnapshot++;
      if (saved) snapshotLater();
      return saved;
    },
    async appendMany(inputs) {
      const records = inputs.map((r) => AnswerRecord.parse(r));
      while (rebuilds > 0) await rebuilding;
      for (const r of records) applyAnswer(model, r, params.scheduler);
      remember(records);
      const saved = await log.appendMany(records);
      if (!saved || spilled) await spillIfNeeded(saved);
      sinceSnapshot += records.length;
      if (saved) snapshotLater();
      return saved;
    },
    history: () => log.readAll(),
    async monthOf(at) {
      const { pending } = log.state();
      const month = monthKey(at);
      return [...(await log.recordsOf(month)), ...pending.filter((r) => monthKey(r.at) === month)];
    },
    async since(at) {
      // The first call reads the month files from `at`'s month on; later ones (the report opened again, answers
      // recorded since) are served from memory, kept current by append.
      const first = monthKey(at);
      if (!recent || recent.fromMonth > first) {
        const { pending } = log.state();
        const out: AnswerSummary[] = [];
        for (const m of log.months().filter((x) => x >= first)) for (const r of await log.scanMonth(m, summaryOf)) out.push(r);
        for (const r of pending) out.push(summaryOf(r)!);
        recent = { fromMonth: first, answers: out };
      }
      return recent.answers.filter((r) => r.at >= at);
    },
    refold: (next) => exclusively(() => refoldNow(next)),
    importRecords: (records) =>
      exclusively(async () => {
        modelBehindLog = true;
        try {
          const saved = await log.appendMany([...records].sort((a, b) => a.at - b.at));
          await refoldNow(params);
          return saved;
        } finally {
          modelBehindLog = false;
        }
      }),
    async close() {
      if (idleTimer) clearTimeout(idleTimer);
      idleTimer = null;
      // Closing with answers the disk still refuses: they stay in the spill file for the next open.
      if (spill && log.state().pending.length) await spill.write(log.state().pending);
      if (sinceSnapshot > 0 && health.pendingCount === 0) await writeSnapshot();
      await writing;
      await log.close();
    },
  };
}

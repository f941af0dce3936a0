import { join } from 'node:path';
import { z } from 'zod';
import { applyAnswer, emptyModel, type LearnerModel } from '../../core/learner/learnerModel';
import type { Scheduler } from '../../core/srs/scheduler';
import { AnswerRecord, type AnswerRecordInput } from '../../shared/records';
import { DurableJsonFile } from './durableJsonFile';
import { MonthlyLog } from './monthlyLog';
import type { StorageHealth } from './storageHealth';

const CardState = z.object({
  due: z.number(),
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: z.number(),
  reps: z.number(),
  lapses: z.number(),
  phase: z.enum(['new', 'learning', 'review', 'relearning']),
  lastReview: z.number().nullable(),
});
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
const IndexDoc = z.object({
  version: z.literal(3),
  /** The scheduler parameters the cards were computed with. */
  paramsKey: z.string(),
  watermark: z.record(z.string(), z.object({ bytes: z.number().int().nonnegative(), sha1: z.string() })),
  questions: z.record(z.string(), QuestionStat),
  times: z.object({ single: z.array(z.number()), multiple: z.array(z.number()) }),
});
type IndexDoc = z.infer<typeof IndexDoc>;

export const ANSWER_INDEX_FILE = 'answer-index.json';
/** Answers between two index snapshots; the log tail since the last snapshot is replayed at start. */
const SNAPSHOT_EVERY = 200;

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
  /** Recomputes every card from the log with new scheduler parameters. */
  refold(params: FoldParams): Promise<void>;
  /** Adds answers from another machine to the log (in time order), then recomputes every card from the log. */
  importRecords(records: readonly AnswerRecord[]): Promise<boolean>;
  notices: readonly string[];
  close(): Promise<void>;
}

/**
 * The answer (review) log `reviews/YYYY-MM.jsonl` plus a derived index `answer-index.json`: the learner model
 * folded from the log, with the log bytes it covers (and their checksum) and the scheduler parameters used. Start-up
 * reads the index and replays only the lines written after it. The index is derived: missing, damaged, out of step
 * with the log or made with other parameters, it is rebuilt from the log, the source of truth.
 */
export async function openAnswersRepo(learnerDir: string, health: StorageHealth, initial: FoldParams): Promise<AnswersRepo> {
  let params = initial;
  const log = new MonthlyLog(join(learnerDir, 'reviews'), AnswerRecord, health);
  const indexFile = new DurableJsonFile<IndexDoc>(join(learnerDir, ANSWER_INDEX_FILE));
  let model: LearnerModel = emptyModel();

  let snapshot: IndexDoc | null = null;
  try {
    const parsed = IndexDoc.safeParse(await indexFile.read());
    if (parsed.success && parsed.data.paramsKey === params.key) snapshot = parsed.data;
  } catch {
    snapshot = null; // unreadable: rebuilt below
  }
  let tail = snapshot ? await log.open(snapshot.watermark) : null;
  if (snapshot && tail) {
    for (const [id, stat] of Object.entries(snapshot.questions)) model.questions.set(id, stat);
    model.times = { single: [...snapshot.times.single], multiple: [...snapshot.times.multiple] };
  } else {
    // Rebuilding from the whole log: fold in time order (imported answers may sit after newer ones in a file).
    tail = [...((await log.open({})) ?? [])].sort((a, b) => a.at - b.at);
  }
  for (const r of tail) applyAnswer(model, r, params.scheduler);

  let sinceSnapshot = snapshot && tail.length === 0 ? 0 : SNAPSHOT_EVERY; // write a fresh one soon if stale
  // Snapshot writes are chained so two never overlap; close waits for the last one.
  let writing: Promise<void> = Promise.resolve();
  const writeSnapshot = (): Promise<void> => {
    sinceSnapshot = 0;
    writing = writing.then(async () => {
      const doc: IndexDoc = {
        version: 3,
        paramsKey: params.key,
        watermark: await log.watermark(),
        questions: Object.fromEntries(model.questions),
        times: model.times,
      };
      await health.run(ANSWER_INDEX_FILE, () => indexFile.write(doc));
    });
    return writing;
  };

  const refold = async (next: FoldParams): Promise<void> => {
    params = next;
    const fresh = emptyModel();
    const all = [...(await log.readAll())].sort((a, b) => a.at - b.at);
    for (const r of all) applyAnswer(fresh, r, params.scheduler);
    model = fresh;
    await writeSnapshot();
  };

  return {
    notices: log.notices,
    model: () => model,
    async append(input) {
      const record = AnswerRecord.parse(input);
      applyAnswer(model, record, params.scheduler);
      const saved = await log.append(record);
      // Only snapshot when the log is fully on disk, so the index never claims lines the log lacks.
      if (saved && ++sinceSnapshot >= SNAPSHOT_EVERY) void writeSnapshot();
      return saved;
    },
    async appendMany(inputs) {
      const records = inputs.map((r) => AnswerRecord.parse(r));
      for (const r of records) applyAnswer(model, r, params.scheduler);
      const saved = await log.appendMany(records);
      sinceSnapshot += records.length;
      if (saved && sinceSnapshot >= SNAPSHOT_EVERY) void writeSnapshot();
      return saved;
    },
    history: () => log.readAll(),
    refold,
    async importRecords(records) {
      const saved = await log.appendMany([...records].sort((a, b) => a.at - b.at));
      await refold(params);
      return saved;
    },
    async close() {
      if (sinceSnapshot > 0 && health.pendingCount === 0) await writeSnapshot();
      await writing;
      await log.close();
    },
  };
}

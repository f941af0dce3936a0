import { join } from 'node:path';
import { z } from 'zod';
import { applyAnswer, type AnswerIndex } from '../../core/progress/answerIndex';
import { AnswerRecord } from '../../shared/records';
import { DurableJsonFile } from './durableJsonFile';
import { MonthlyLog } from './monthlyLog';
import type { StorageHealth } from './storageHealth';

const QuestionStat = z.object({ at: z.number(), correct: z.boolean(), attempts: z.number().int().positive(), corrects: z.number().int().nonnegative() });
const IndexDoc = z.object({
  version: z.literal(1),
  watermark: z.record(z.string(), z.object({ bytes: z.number().int().nonnegative(), sha1: z.string() })),
  questions: z.record(z.string(), QuestionStat),
});
type IndexDoc = z.infer<typeof IndexDoc>;

export const ANSWER_INDEX_FILE = 'answer-index.json';
/** Answers between two index snapshots; the log tail since the last snapshot is replayed at start. */
const SNAPSHOT_EVERY = 200;

export interface AnswersRepo {
  /** Latest answer and counts per question, kept current in memory. */
  index(): AnswerIndex;
  /** Records the answer in memory at once; resolves to whether it reached the disk. */
  append(record: AnswerRecord): Promise<boolean>;
  /** The whole answer history, read from the log (for rebuilding and export; not needed at start-up). */
  history(): Promise<AnswerRecord[]>;
  notices: readonly string[];
  close(): Promise<void>;
}

/**
 * The answer (review) log `reviews/YYYY-MM.jsonl` plus a derived index `answer-index.json` that records which log
 * bytes it already contains. Start-up reads the index and only the log lines written after it, so it does not
 * grow with a year of history. The index is derived data: if it is missing, damaged or does not match the log,
 * it is rebuilt from the log, which is the source of truth.
 */
export async function openAnswersRepo(learnerDir: string, health: StorageHealth): Promise<AnswersRepo> {
  const log = new MonthlyLog(join(learnerDir, 'reviews'), AnswerRecord, health);
  const indexFile = new DurableJsonFile<IndexDoc>(join(learnerDir, ANSWER_INDEX_FILE));
  const index: AnswerIndex = new Map();

  let snapshot: IndexDoc | null = null;
  try {
    const parsed = IndexDoc.safeParse(await indexFile.read());
    if (parsed.success) snapshot = parsed.data;
  } catch {
    snapshot = null; // unreadable: rebuilt below
  }
  let tail = snapshot ? await log.open(snapshot.watermark) : null;
  if (snapshot && tail) {
    for (const [id, stat] of Object.entries(snapshot.questions)) index.set(id, stat);
  } else {
    tail = (await log.open({})) ?? [];
  }
  for (const r of tail) applyAnswer(index, r);

  let sinceSnapshot = snapshot && tail.length === 0 ? 0 : SNAPSHOT_EVERY; // write a fresh one soon if stale
  // Snapshot writes are chained so two never overlap; close waits for the last one.
  let writing: Promise<void> = Promise.resolve();
  const writeSnapshot = (): Promise<void> => {
    sinceSnapshot = 0;
    writing = writing.then(async () => {
      const doc: IndexDoc = { version: 1, watermark: await log.watermark(), questions: Object.fromEntries(index) };
      await health.run(ANSWER_INDEX_FILE, () => indexFile.write(doc));
    });
    return writing;
  };

  return {
    notices: log.notices,
    index: () => index,
    async append(record) {
      applyAnswer(index, record);
      const saved = await log.append(record);
      // Only snapshot when the log is fully on disk, so the index never claims lines the log lacks.
      if (saved && ++sinceSnapshot >= SNAPSHOT_EVERY) void writeSnapshot();
      return saved;
    },
    history: () => log.readAll(),
    async close() {
      if (sinceSnapshot > 0 && health.pendingCount === 0) await writeSnapshot();
      await writing;
      await log.close();
    },
  };
}

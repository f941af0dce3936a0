import { join } from 'node:path';
import { AnswerRecord } from '../../shared/records';
import { MonthlyLog } from './monthlyLog';
import type { StorageHealth } from './storageHealth';

export interface AnswersRepo {
  all(): readonly AnswerRecord[];
  /** Keeps the answer in memory at once; resolves to whether it reached the disk. */
  append(record: AnswerRecord): Promise<boolean>;
  notices: readonly string[];
  close(): Promise<void>;
}

/** The answer (review) log: `reviews/YYYY-MM.jsonl`, one flushed line per answer. */
export async function openAnswersRepo(learnerDir: string, health: StorageHealth): Promise<AnswersRepo> {
  const log = new MonthlyLog(join(learnerDir, 'reviews'), AnswerRecord, health);
  await log.load();
  return {
    notices: log.notices,
    all: () => log.all(),
    append: (record) => log.append(record),
    close: () => log.close(),
  };
}

import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AnswerRecord } from '../../shared/records';
import { openDocument, type OpenedDocument } from './versionedDocument';
import { writeOrThrow } from './writeOrThrow';

const AnswersDoc = z.object({ version: z.literal(1), answers: z.array(AnswerRecord) });
type AnswersDoc = z.infer<typeof AnswersDoc>;

export interface AnswersRepo {
  all(): readonly AnswerRecord[];
  append(record: AnswerRecord): Promise<void>;
  notices: string[];
}

/** Local-time month key, so a learner's evening session lands in the month they see on the calendar. */
function monthKey(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/**
 * The answer log: one lowdb document per month under `answers/`, so recording an answer rewrites at most one
 * month of history.
 */
export async function openAnswersRepo(learnerDir: string): Promise<AnswersRepo> {
  const dir = join(learnerDir, 'answers');
  await mkdir(dir, { recursive: true });
  const months = new Map<string, OpenedDocument<AnswersDoc>['db']>();
  const notices: string[] = [];
  const open = async (key: string) => {
    const opened = await openDocument<AnswersDoc>({
      file: join(dir, `${key}.json`),
      schema: AnswersDoc,
      version: 1,
      defaults: () => ({ version: 1, answers: [] }),
    });
    if (opened.notice) notices.push(opened.notice);
    months.set(key, opened.db);
    return opened.db;
  };
  const files = (await readdir(dir)).filter((f) => /^\d{4}-\d{2}\.json$/.test(f)).sort();
  for (const f of files) await open(f.slice(0, 7));
  const cache: AnswerRecord[] = [...months.values()].flatMap((db) => db.data.answers);
  return {
    notices,
    all: () => cache,
    async append(record) {
      const key = monthKey(record.at);
      const db = months.get(key) ?? (await open(key));
      await writeOrThrow(db, { ...db.data, answers: [...db.data.answers, record] });
      cache.push(record);
    },
  };
}

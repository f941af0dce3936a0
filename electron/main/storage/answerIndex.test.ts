import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '@shared/records';
import { defaultFold } from '../../../test/support/defaultFold';
import { tempDataDir } from '../../../test/support/questionsDirForTesting';
import { SLOT_MS } from '@core/learner/learnerModel';
import { DAY } from '@core/srs/calendar';
import { ANSWER_INDEX_FILE, openAnswersRepo } from './answersRepo';
import { StorageHealth } from './storageHealth';

const record = (at: number, questionId: string): AnswerRecord => ({
  questionId,
  at,
  choice: ['A'],
  correct: true,
  score: 1,
  responseMs: 1200,
  mode: 'practice',
  guessed: false,
  grade: null,
});
const health = () => new StorageHealth(() => {}, 60_000);
const at = new Date(2026, 10, 6, 9).getTime();
type Index = { watermark: Record<string, { bytes: number; sha1: string; from?: number }>; questions: Record<string, { attempts: number }> };
const readIndex = (dir: string) => JSON.parse(readFileSync(join(dir, ANSWER_INDEX_FILE), 'utf8')) as Index;

describe('answer index, off the answer path (issue 14)', () => {
  it('answering writes no index while answers keep coming; a crash then replays every answer from the log', async () => {
    const dir = tempDataDir();
    // No pause long enough for a snapshot during this test, and no cap reached: only the log is written.
    const repo = await openAnswersRepo(dir, health(), defaultFold(), undefined, undefined, { every: 10, idleMs: 600_000, cap: 10_000 });
    for (let i = 0; i < 250; i++) expect(await repo.append(record(at + i, `q-${i}`))).toBe(true);
    expect(existsSync(join(dir, ANSWER_INDEX_FILE))).toBe(false);
    // "Crash": no close. Every acknowledged answer comes back from the log.
    const after = await openAnswersRepo(dir, health(), defaultFold());
    expect(after.model().questions.size).toBe(250);
    await after.close(); // a clean stop writes the index
    expect(Object.keys(readIndex(dir).questions)).toHaveLength(250);
    await repo.close();
  });

  it('the index checks the last stretch of each month: a changed end of the log is noticed and the model rebuilt from it', async () => {
    const dir = tempDataDir();
    const repo = await openAnswersRepo(dir, health(), defaultFold());
    for (let i = 0; i < 20; i++) await repo.append(record(at + i, `q-${i}`));
    await repo.close();
    const mark = readIndex(dir).watermark['2026-11']!;
    expect(mark.from).toBe(0); // a short month: the stretch is the whole file
    const file = join(dir, 'reviews', '2026-11.jsonl');
    // Same length, different last answer: the size alone would not tell.
    writeFileSync(file, readFileSync(file, 'utf8').replace('"q-19"', '"q-X9"'));
    const again = await openAnswersRepo(dir, health(), defaultFold());
    expect(again.model().questions.has('q-X9')).toBe(true);
    expect(again.model().questions.has('q-19')).toBe(false);
    await again.close();
  });

  it('an index whose checksums cover whole months (written before tail checksums) is still used, not rebuilt', async () => {
    const dir = tempDataDir();
    const repo = await openAnswersRepo(dir, health(), defaultFold());
    for (let i = 0; i < 5; i++) await repo.append(record(at + i, `q-${i}`));
    await repo.close();
    const index = readIndex(dir);
    const bytes = readFileSync(join(dir, 'reviews', '2026-11.jsonl'));
    const mark = index.watermark['2026-11']!;
    index.watermark['2026-11'] = { bytes: mark.bytes, sha1: createHash('sha1').update(bytes.subarray(0, mark.bytes)).digest('hex') };
    index.questions['q-0']!.attempts = 7; // a mark only the index has: seen in the model only if the index was used
    writeFileSync(join(dir, ANSWER_INDEX_FILE), JSON.stringify(index));
    const again = await openAnswersRepo(dir, health(), defaultFold());
    expect(again.model().questions.get('q-0')?.attempts).toBe(7);
    await again.close();
  });

  it('keeps answers and minutes per half-hour slot in the index (version 4), equal to counting the log', async () => {
    const dir = tempDataDir();
    const repo = await openAnswersRepo(dir, health(), defaultFold());
    // Three answers in one half hour, one in the next, one a day later, one with no measured time.
    const times = [at, at + 60_000, at + 29 * 60_000, at + 31 * 60_000, at + DAY, at + DAY + 1];
    for (const [i, t] of times.entries()) await repo.append({ ...record(t, `q-${i}`), responseMs: i === 5 ? 0 : 1000 * (i + 1) });
    await repo.close();
    const doc = JSON.parse(readFileSync(join(dir, ANSWER_INDEX_FILE), 'utf8')) as { version: number; activity: [number, number, number][] };
    expect(doc.version).toBe(4);
    const slot = (t: number) => Math.floor(t / SLOT_MS);
    const expected = new Map<number, [number, number]>();
    for (const [i, t] of times.entries()) {
      const n = expected.get(slot(t)) ?? [0, 0];
      expected.set(slot(t), [n[0] + 1, n[1] + (i === 5 ? 0 : 1000 * (i + 1))]);
    }
    expect(new Map(doc.activity.map(([k, n, ms]) => [k, [n, ms]]))).toEqual(expected);
    // Reopened from the index (no replay), the model holds the same slots, and one more answer adds to its slot.
    const again = await openAnswersRepo(dir, health(), defaultFold());
    expect(again.model().activity).toEqual(expected);
    await again.append({ ...record(at + 2000, 'q-late'), responseMs: 500 });
    expect(again.model().activity.get(slot(at))).toEqual([4, 1000 + 2000 + 3000 + 500]);
    await again.close();
  });

  it('a version 3 index keeps its questions (no refold) and gets its slots from the log; then it is written as version 4', async () => {
    const dir = tempDataDir();
    const repo = await openAnswersRepo(dir, health(), defaultFold());
    for (let i = 0; i < 5; i++) await repo.append(record(at + i * 60_000, `q-${i}`));
    await repo.close();
    const doc = JSON.parse(readFileSync(join(dir, ANSWER_INDEX_FILE), 'utf8')) as Record<string, unknown> & Index;
    delete doc['activity'];
    doc['version'] = 3;
    doc.questions['q-0']!.attempts = 7; // only the index has this: kept only if the index was used
    writeFileSync(join(dir, ANSWER_INDEX_FILE), JSON.stringify(doc));
    const again = await openAnswersRepo(dir, health(), defaultFold());
    expect(again.model().questions.get('q-0')?.attempts).toBe(7);
    expect([...again.model().activity.values()]).toEqual([[5, 5 * 1200]]);
    await again.close();
    const after = JSON.parse(readFileSync(join(dir, ANSWER_INDEX_FILE), 'utf8')) as { version: number; activity: unknown[] };
    expect(after.version).toBe(4);
    expect(after.activity).toHaveLength(1);
  });

  it('since(): the answers from a time on, from the month files from its month on (and the ones still queued)', async () => {
    const dir = tempDataDir();
    const repo = await openAnswersRepo(dir, health(), defaultFold());
    const oct = new Date(2026, 9, 20, 9).getTime();
    await repo.append(record(oct, 'oct'));
    await repo.append(record(oct + 5 * DAY, 'oct-late'));
    await repo.append(record(at, 'nov'));
    expect((await repo.since(oct + DAY)).map((r) => r.questionId)).toEqual(['oct-late', 'nov']);
    expect((await repo.since(at)).map((r) => r.questionId)).toEqual(['nov']);
    // Answers recorded after the first read are there too (served from memory, not read again).
    await repo.append(record(at + 1000, 'nov-2'));
    expect((await repo.since(oct + DAY)).map((r) => r.questionId)).toEqual(['oct-late', 'nov', 'nov-2']);
    // A time before the months read so far reads the log again.
    expect((await repo.since(oct - 40 * DAY)).map((r) => r.questionId)).toEqual(['oct', 'oct-late', 'nov', 'nov-2']);
    await repo.close();
  });
});

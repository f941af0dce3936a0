import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '@shared/records';
import { defaultFold } from '../../../test/support/defaultFold';
import { tempDataDir } from '../../../test/support/questionsDirForTesting';
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
});

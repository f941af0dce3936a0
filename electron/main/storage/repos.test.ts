import { defaultFold } from '../../../test/support/defaultFold';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { logIo } from './monthlyLog';
import { describe, expect, it, vi } from 'vitest';
import type { AnswerRecord } from '@shared/records';
import { tempDataDir } from '../../../test/support/questionsDirForTesting';
import { ANSWER_INDEX_FILE, openAnswersRepo } from './answersRepo';
import { openSettingsRepo } from './settingsRepo';
import { StorageHealth } from './storageHealth';

const record = (at: number, questionId = 'q1'): AnswerRecord => ({
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

describe('settings repository', () => {
  it('keeps settings across a reopen', async () => {
    const dir = tempDataDir();
    const repo = await openSettingsRepo(dir, health());
    expect(repo.get()).toEqual({
      level: null,
      examDate: null,
      fontStep: 0,
      examFontStep: 1,
      desiredRetention: 0.9,
      mistakesExitStreak: 2,
      dailyNewOverride: null,
      passLine: 60,
      theme: 'system',
      passes: {},
      includePassed: false,
      practiceMode: 'instant',
      batchSize: 20,
      autoNextSingle: false,
      autoNextWhenRight: false,
      caseMode: 'typed',
      caseMinutes: 25,
      guideDone: false,
    });
    await repo.update({ level: 'intermediate', examDate: '2027-05-22', fontStep: 2 });
    const again = await openSettingsRepo(dir, health());
    expect(again.get()).toMatchObject({ level: 'intermediate', examDate: '2027-05-22', fontStep: 2 });
  });
});

describe('answer log', () => {
  it('appends one line per answer to the local month’s file and reloads everything', async () => {
    const dir = tempDataDir();
    const repo = await openAnswersRepo(dir, health(), defaultFold());
    const nov = new Date(2026, 10, 28, 21, 0).getTime();
    const dec = new Date(2026, 11, 1, 8, 0).getTime();
    expect(await repo.append(record(nov, 'a'))).toBe(true);
    expect(await repo.append(record(nov + 1, 'b'))).toBe(true);
    expect(await repo.append(record(dec, 'c'))).toBe(true);
    await repo.close();
    expect(
      readFileSync(join(dir, 'reviews', '2026-11.jsonl'), 'utf8')
        .trim()
        .split('\n'),
    ).toHaveLength(2);
    expect(
      readFileSync(join(dir, 'reviews', '2026-12.jsonl'), 'utf8')
        .trim()
        .split('\n'),
    ).toHaveLength(1);
    const again = await openAnswersRepo(dir, health(), defaultFold());
    expect((await again.history()).map((r) => r.questionId)).toEqual(['a', 'b', 'c']);
    expect(again.notices).toEqual([]);
  });

  it('records a submitted paper’s answers with one write: in the model at once, all on disk, in order', async () => {
    const dir = tempDataDir();
    const repo = await openAnswersRepo(dir, health(), defaultFold());
    const at = new Date(2026, 10, 28, 11, 0).getTime();
    await repo.append(record(at - 60_000, 'before'));
    const paper = ['p1', 'p2', 'p3'].map((q) => ({ ...record(at, q), mode: 'exam' as const, correct: q !== 'p2' }));
    expect(await repo.appendMany(paper)).toBe(true);
    expect(repo.model().questions.get('p2')?.wrongs).toBe(1);
    await repo.close();
    expect(
      readFileSync(join(dir, 'reviews', '2026-11.jsonl'), 'utf8')
        .trim()
        .split('\n'),
    ).toHaveLength(4);
    const again = await openAnswersRepo(dir, health(), defaultFold());
    expect((await again.history()).map((r) => r.questionId)).toEqual(['before', 'p1', 'p2', 'p3']);
    expect(again.model().questions.get('p3')?.corrects).toBe(1);
  });

  it('an index snapshot taken while answers keep coming never counts an answer twice or drops one after a crash', async () => {
    const dir = tempDataDir();
    // A snapshot every 200 answers without waiting for a pause, so they overlap the answers still coming.
    const repo = await openAnswersRepo(dir, health(), defaultFold(), undefined, undefined, { every: 200, idleMs: 0, cap: 200 });
    const at = new Date(2026, 10, 3, 9).getTime();
    // Answers overlap each other (and the snapshots every 200 answers) the way a busy process would.
    const inFlight: Promise<boolean>[] = [];
    for (let i = 0; i < 700; i++) {
      inFlight.push(repo.append(record(at + i, `q-${i}`)));
      if (i % 3 === 0) await inFlight[inFlight.length - 1];
    }
    await Promise.all(inFlight);
    await repo.snapshotsSettled(); // the last snapshot has landed; then "crash" (no close)
    // A snapshot was taken mid-stream (after at least 200 answers, while more were arriving), so the reopen below
    // starts from it and replays the log after its watermark.
    const index = JSON.parse(readFileSync(join(dir, ANSWER_INDEX_FILE), 'utf8')) as { questions: Record<string, unknown> };
    expect(Object.keys(index.questions).length).toBeGreaterThanOrEqual(200);
    const after = await openAnswersRepo(dir, health(), defaultFold());
    const stats = [...after.model().questions.values()];
    expect(stats).toHaveLength(700);
    expect(stats.filter((q) => q.attempts !== 1)).toEqual([]);
  });

  it('answers recorded at the same moment are each written once', async () => {
    const dir = tempDataDir();
    const repo = await openAnswersRepo(dir, health(), defaultFold());
    const at = new Date(2026, 10, 4, 9).getTime();
    expect(await Promise.all(Array.from({ length: 50 }, (_, i) => repo.append(record(at + i, `c-${i}`))))).toEqual(Array(50).fill(true));
    await repo.close();
    expect(
      readFileSync(join(dir, 'reviews', '2026-11.jsonl'), 'utf8')
        .trim()
        .split('\n'),
    ).toHaveLength(50);
  });

  it('a write the disk cut short (disk full) leaves no fragment: the retry starts on a clean line', async () => {
    const dir = tempDataDir();
    const h = health();
    const repo = await openAnswersRepo(dir, h, defaultFold());
    const at = new Date(2026, 10, 5, 9).getTime();
    await repo.append(record(at, 'before'));
    const real = logIo.write;
    const spy = vi.spyOn(logIo, 'write').mockImplementationOnce((fd, data, offset, _length, position) => {
      real(fd, data, offset, 17, position); // part of the line reaches the disk, then it is full
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    });
    expect(await repo.append(record(at + 1, 'cut'))).toBe(false);
    expect(h.problem).toMatch(/磁盘/);
    spy.mockRestore();
    await h.retryAll();
    expect(h.problem).toBeNull();
    await repo.append(record(at + 2, 'after'));
    await repo.close();
    const lines = readFileSync(join(dir, 'reviews', '2026-11.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(lines.map((l) => (JSON.parse(l) as AnswerRecord).questionId)).toEqual(['before', 'cut', 'after']);
  });

  it('cuts a torn last line off (keeping it in a side file) so later answers start on a clean line', async () => {
    const dir = tempDataDir();
    const repo = await openAnswersRepo(dir, health(), defaultFold());
    const at = new Date(2026, 10, 2, 9).getTime();
    await repo.append(record(at, 'a'));
    await repo.close();
    const file = join(dir, 'reviews', '2026-11.jsonl');
    writeFileSync(file, `${readFileSync(file, 'utf8')}{"questionId":"b","at":`, { flag: 'w' });
    const reopened = await openAnswersRepo(dir, health(), defaultFold());
    expect((await reopened.history()).map((r) => r.questionId)).toEqual(['a']);
    expect(reopened.notices.join('')).toMatch(/没有写完整/);
    expect(readdirSync(join(dir, 'reviews')).some((f) => f.startsWith('2026-11.jsonl.torn-'))).toBe(true);
    await reopened.append(record(at + 5, 'c'));
    await reopened.close();
    expect((await (await openAnswersRepo(dir, health(), defaultFold())).history()).map((r) => r.questionId)).toEqual(['a', 'c']);
  });

  it('keeps an answer in memory when the disk refuses it, tells why, and writes it (in order) once it can', async () => {
    const dir = tempDataDir();
    const h = health();
    const repo = await openAnswersRepo(dir, h, defaultFold());
    const at = new Date(2026, 10, 3, 20).getTime();
    await repo.append(record(at, 'a'));
    await repo.close(); // the next append reopens the month file
    const file = join(dir, 'reviews', '2026-11.jsonl');
    const before = readFileSync(file, 'utf8');
    // Make the month file impossible to open for every user (root included): a directory in its place.
    rmSync(file);
    mkdirSync(file);
    expect(await repo.append(record(at + 1, 'b'))).toBe(false);
    expect(await repo.append(record(at + 2, 'c'))).toBe(false);
    expect([...repo.model().questions.keys()]).toEqual(['a', 'b', 'c']);
    expect(h.problem).toMatch(/暂时无法保存/);
    // The disk recovers: the queued lines are written in order.
    rmSync(file, { recursive: true });
    writeFileSync(file, before);
    await h.retryAll();
    expect(h.problem).toBeNull();
    await repo.close();
    expect((await (await openAnswersRepo(dir, health(), defaultFold())).history()).map((r) => r.questionId)).toEqual(['a', 'b', 'c']);
  });

  it('skips damaged complete lines, keeps the rest and says how many', async () => {
    const dir = tempDataDir();
    mkdirSync(join(dir, 'reviews'));
    const good = JSON.stringify(record(new Date(2026, 10, 1).getTime()));
    writeFileSync(join(dir, 'reviews', '2026-11.jsonl'), `${good}\n\u0000\u0000\u0000\n{"x":1}\n${good}\n`);
    const repo = await openAnswersRepo(dir, health(), defaultFold());
    expect(await repo.history()).toHaveLength(2);
    expect(repo.notices.join('')).toMatch(/2 行已损坏/);
  });
});

import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../../shared/records';
import { tempDataDir } from '../testing/questionsDirForTesting';
import { openAnswersRepo } from './answersRepo';
import { openSettingsRepo } from './settingsRepo';

const record = (at: number, questionId = 'q1'): AnswerRecord => ({
  questionId,
  at,
  choice: ['A'],
  correct: true,
  score: 1,
  responseMs: 1200,
  mode: 'practice',
});

describe('settings repository', () => {
  it('keeps settings across a reopen', async () => {
    const dir = tempDataDir();
    const repo = await openSettingsRepo(dir);
    expect(repo.get()).toEqual({ level: null, examDate: null, fontStep: 0 });
    await repo.update({ level: 'intermediate', examDate: '2027-05-22', fontStep: 2 });
    const again = await openSettingsRepo(dir);
    expect(again.get()).toEqual({ level: 'intermediate', examDate: '2027-05-22', fontStep: 2 });
  });
});

describe('answers repository', () => {
  it('appends to one document per local month and reloads everything', async () => {
    const dir = tempDataDir();
    const repo = await openAnswersRepo(dir);
    const nov = new Date(2026, 10, 28, 21, 0).getTime();
    const dec = new Date(2026, 11, 1, 8, 0).getTime();
    await repo.append(record(nov, 'a'));
    await repo.append(record(dec, 'b'));
    expect(JSON.parse(readFileSync(join(dir, 'answers', '2026-11.json'), 'utf8')).answers).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dir, 'answers', '2026-12.json'), 'utf8')).answers).toHaveLength(1);
    const again = await openAnswersRepo(dir);
    expect(again.all().map((r) => r.questionId).sort()).toEqual(['a', 'b']);
  });

  it.skipIf(process.getuid?.() === 0)('reports a failed write and keeps memory equal to disk', async () => {
    const dir = tempDataDir();
    const repo = await openAnswersRepo(dir);
    await repo.append(record(Date.UTC(2026, 10, 1)));
    chmodSync(join(dir, 'answers'), 0o500);
    await expect(repo.append(record(Date.UTC(2026, 10, 2), 'q2'))).rejects.toMatchObject({ code: 'STORAGE_WRITE' });
    expect(repo.all()).toHaveLength(1);
    chmodSync(join(dir, 'answers'), 0o700);
  });

  it('reports a failed write when the month file cannot be replaced (even as root)', async () => {
    const dir = tempDataDir();
    const repo = await openAnswersRepo(dir);
    const at = new Date(2026, 10, 1, 12).getTime();
    await repo.append(record(at));
    // Replace the month document with a non-empty directory: the atomic rename onto it fails for every user.
    const monthFile = join(dir, 'answers', '2026-11.json');
    rmSync(monthFile);
    mkdirSync(monthFile);
    writeFileSync(join(monthFile, 'keep'), 'x');
    await expect(repo.append(record(at + 1000, 'q2'))).rejects.toMatchObject({ code: 'STORAGE_WRITE' });
    expect(repo.all()).toHaveLength(1);
  });
});

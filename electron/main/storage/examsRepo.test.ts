import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDataDir } from '../../../test/support/questionsDirForTesting';
import { ExamDocV1, openExamsRepo, parseExamDoc, toExamDocV1 } from './examsRepo';
import { StorageHealth } from './storageHealth';

const health = () => new StorageHealth(() => {}, 60_000);

/** A sitting as version 1 stored it (before 纸笔考试 existed). */
const v1 = {
  version: 1,
  id: '2026-11-28-abc',
  subject: 'jc',
  kind: 'objective',
  custom: false,
  seed: 7,
  draw: { counts: { single: 60, multiple: 20 }, avoided: [] },
  createdAt: 1_000,
  deadline: 1_000 + 120 * 60_000,
  minutes: 120,
  passLine: 60,
  items: ['q1', 'q2'],
  answers: { q1: ['B'] },
  marked: ['q2'],
  caseAnswers: {},
  caseMarks: {},
  submittedAt: null,
  autoSubmitted: false,
  answersLogged: true,
};

describe('exam documents, version 2 (the form)', () => {
  it('reads a v1 file as a 机考 sitting, keeps every field, and writes it back as v2', async () => {
    const dir = tempDataDir();
    mkdirSync(join(dir, 'exams'), { recursive: true });
    const file = join(dir, 'exams', `${v1.id}.json`);
    writeFileSync(file, JSON.stringify(v1));
    const repo = await openExamsRepo(dir, health());
    expect(repo.notices).toEqual([]);
    expect(repo.get(v1.id)).toEqual({ ...v1, version: 2, form: 'computer' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 2, form: 'computer', answers: { q1: ['B'] } });
  });

  it('stores the form of a new sitting and keeps it across a reopen', async () => {
    const dir = tempDataDir();
    const repo = await openExamsRepo(dir, health());
    const fields = ExamDocV1.parse(v1);
    expect(await repo.create({ ...fields, id: 'paper-1', form: 'paper' })).toBe(true);
    const again = await openExamsRepo(dir, health());
    expect(again.get('paper-1')).toMatchObject({ version: 2, form: 'paper' });
  });

  it('parses any known version (v1 payloads and files of learners not opened since), and refuses newer or broken ones', () => {
    expect(parseExamDoc(v1)).toMatchObject({ version: 2, form: 'computer' });
    expect(parseExamDoc({ ...v1, version: 2, form: 'paper' })).toMatchObject({ form: 'paper' });
    expect(parseExamDoc({ ...v1, version: 2 })).toBeUndefined(); // v2 without its form
    expect(parseExamDoc({ ...v1, version: 3, form: 'paper' })).toBeUndefined();
    expect(parseExamDoc({ ...v1, items: 'q1' })).toBeUndefined();
    expect(parseExamDoc(null)).toBeUndefined();
  });

  it('gives the v1 shape back for payloads that must not change (the form left out)', () => {
    const doc = parseExamDoc({ ...v1, version: 2, form: 'paper' })!;
    const old = toExamDocV1(doc);
    expect(old).toEqual(v1);
    expect(ExamDocV1.strict().safeParse(old).success).toBe(true);
  });
});

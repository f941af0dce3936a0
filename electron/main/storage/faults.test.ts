import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Services } from '../services/services';
import { servicesForTesting } from '../../../test/support/openForTesting';
import { questionsDirForTesting, tempDataDir } from '../../../test/support/questionsDirForTesting';
import { migrate } from './versionedDocument';

const T0 = new Date(2026, 10, 20, 20).getTime();
const questionsDir = questionsDirForTesting();
const open = (dataDir: string, now = T0) => servicesForTesting({ learner: 'default', dataDir, questionsDir, now: () => now });

/** A learner with real records in every document kind. */
async function learnerWithRecords(): Promise<{ dataDir: string; learner: string }> {
  const dataDir = tempDataDir();
  const s = await open(dataDir);
  await s.settings.update({ level: 'intermediate', examDate: '2027-05-22', fontStep: 1 });
  await s.answers.append({ questionId: 'jc25-06-001', at: T0, choice: ['C'], correct: true, score: 1, responseMs: 900, mode: 'practice' });
  await s.caseAttempts.append({ questionId: 'mp25-15-c01', at: T0, answers: ['答'], covered: [[0]], score: 5, maxScore: 20 });
  await s.dispose();
  return { dataDir, learner: join(dataDir, 'learners', 'default') };
}

const damage = {
  truncated: (text: string) => text.slice(0, Math.floor(text.length / 2)),
  zeroed: (text: string) => '\u0000'.repeat(text.length),
  garbage: () => '}{ 这不是 JSON \u00ff\u00fe',
  'wrong schema': () => JSON.stringify({ version: 1, level: 42, attempts: 'x' }),
  empty: () => '',
};

const documents: { file: string; check: (s: Services) => void }[] = [
  { file: 'settings.json', check: (s) => expect(s.settings.get()).toMatchObject({ level: 'intermediate', examDate: '2027-05-22' }) },
  { file: 'case-attempts.json', check: (s) => expect(s.caseAttempts.all().map((a) => a.score)).toEqual([5]) },
];

describe('damaged documents of every kind', () => {
  for (const doc of documents) {
    for (const [kind, make] of Object.entries(damage)) {
      it(`${doc.file}, ${kind}: restored from the daily backup, damaged file kept, learner told`, async () => {
        const { dataDir, learner } = await learnerWithRecords();
        const path = join(learner, doc.file);
        writeFileSync(path, make(readFileSync(path, 'utf8')));
        const s = await open(dataDir, T0 + 3600_000);
        doc.check(s);
        expect(s.notices.join('')).toMatch(/备份恢复/);
        expect(readdirSync(learner).some((f) => f.startsWith(`${doc.file}.damaged-`))).toBe(true);
        // Nothing else was reset.
        expect(await s.answers.history()).toHaveLength(1);
        await s.dispose();
      });
    }

    it(`${doc.file} written by a newer app version is refused and left untouched`, async () => {
      const { dataDir, learner } = await learnerWithRecords();
      const path = join(learner, doc.file);
      const newer = JSON.stringify({ version: 99, future: true });
      writeFileSync(path, newer);
      await expect(open(dataDir)).rejects.toMatchObject({ code: 'NEWER_VERSION', message: expect.stringMatching(/升级社工路/) });
      expect(readFileSync(path, 'utf8')).toBe(newer);
    });
  }

  it('without any backup, a damaged document restarts empty and says so (and keeps the file)', async () => {
    const dataDir = tempDataDir();
    const learner = join(dataDir, 'learners', 'default');
    const s0 = await open(dataDir);
    await s0.dispose();
    // Remove the backups so none can help.
    const { rmSync } = await import('node:fs');
    rmSync(join(dataDir, 'backups'), { recursive: true });
    writeFileSync(join(learner, 'settings.json'), 'garbage');
    const s = await open(dataDir);
    expect(s.settings.get().level).toBeNull();
    expect(s.notices.join('')).toMatch(/没有可用的备份/);
    expect(readdirSync(learner).some((f) => f.startsWith('settings.json.damaged-'))).toBe(true);
  });

  it.each([
    ['zeroed', (t: string) => '\u0000'.repeat(t.length)],
    ['garbage appended', (t: string) => `${t}\u00ff\u00fe{{{`],
    ['truncated mid-line', (t: string) => t.slice(0, t.length - 7)],
  ])('answer log %s: readable answers kept, the rest set aside, learner told', async (_kind, make) => {
    const { dataDir, learner } = await learnerWithRecords();
    const file = join(learner, 'reviews', '2026-11.jsonl');
    writeFileSync(file, make(readFileSync(file, 'utf8')));
    const s = await open(dataDir);
    expect(s.notices.length).toBeGreaterThan(0);
    expect(s.settings.get().level).toBe('intermediate');
    await s.answers.append({
      questionId: 'jc25-06-002',
      at: T0 + 5,
      choice: ['A'],
      correct: false,
      score: 0,
      responseMs: 1,
      mode: 'practice',
    });
    await s.dispose();
    const again = await open(dataDir);
    expect((await again.answers.history()).map((r) => r.questionId)).toContain('jc25-06-002');
    expect(again.notices).toEqual([]);
  });
});

describe('a damaged mock-exam file', () => {
  it('comes back from the daily backup, so the mock stays in the history', async () => {
    const dataDir = tempDataDir();
    const s0 = await open(dataDir);
    await s0.settings.update({ level: 'junior' });
    const { startExam } = await import('../services/exam/paper');
    const { submitExam } = await import('../services/exam/sitting');
    const { examHistory } = await import('../services/exam/results');
    const v = await startExam(s0, { subject: 'jc', custom: { counts: { single: 1 }, minutes: 10 } });
    await submitExam(s0, v.id);
    await s0.dispose(); // refreshes today's backup
    const file = join(dataDir, 'learners', 'default', 'exams', `${v.id}.json`);
    writeFileSync(file, '\u0000'.repeat(40));
    const s = await open(dataDir);
    expect(examHistory(s).map((h) => h.id)).toEqual([v.id]);
    expect(s.notices.join('')).toMatch(/备份/);
    expect(readdirSync(join(dataDir, 'learners', 'default', 'exams')).some((f) => f.includes('.damaged-'))).toBe(true);
    await s.dispose();
  });
});

describe('answer log recovery from backups', () => {
  it.each([
    ['zeroed', (t: string) => '\u0000'.repeat(t.length)],
    ['damaged in the middle', (t: string) => t.replace('"jc25-06-001"', '"jc25-06-001\u0000')],
    ['cut short', (t: string) => t.slice(0, 12)],
  ])('a month file %s: the answers in the daily backup come back, counted once, and the learner is told', async (_kind, make) => {
    const { dataDir, learner } = await learnerWithRecords();
    const file = join(learner, 'reviews', '2026-11.jsonl');
    writeFileSync(file, make(readFileSync(file, 'utf8')));
    const s = await open(dataDir);
    expect(s.notices.join('')).toMatch(/已从 .* 的备份中找回 1 条答题记录/);
    expect((await s.answers.history()).map((r) => r.questionId)).toEqual(['jc25-06-001']);
    expect(s.answers.model().questions.get('jc25-06-001')).toMatchObject({ attempts: 1, corrects: 1 });
    await s.dispose();
    // Next start: nothing more to recover, nothing counted twice.
    const again = await open(dataDir);
    expect(again.notices).toEqual([]);
    expect(again.answers.model().questions.get('jc25-06-001')?.attempts).toBe(1);
  });
});

describe('migrations (property)', () => {
  // A synthetic chain v1 → v4, each step adding a field; migrating from any version must reach v4, keep every
  // original field and add exactly the later fields.
  const steps = {
    1: (d: Record<string, unknown>) => ({ ...d, a: 1 }),
    2: (d: Record<string, unknown>) => ({ ...d, b: 'two' }),
    3: (d: Record<string, unknown>) => ({ ...d, c: [3] }),
  };
  it('lifts any document from any older version to the current one, preserving its fields', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.dictionary(
          fc.string().filter((k) => !['a', 'b', 'c', 'version', '__proto__'].includes(k)),
          fc.jsonValue(),
        ),
        (from, fields) => {
          const out = migrate({ ...fields, version: from }, from, 4, steps);
          expect(out['version']).toBe(4);
          for (const [k, v] of Object.entries(fields)) expect(out[k]).toEqual(v);
          expect('a' in out).toBe(from <= 1);
          expect('b' in out).toBe(from <= 2);
          expect('c' in out).toBe(from <= 3);
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });
});

describe('issue 12, hole 3: a month log that lost whole lines is noticed and mended', () => {
  const month = (at: number) => `${new Date(at).getFullYear()}-${String(new Date(at).getMonth() + 1).padStart(2, '0')}.jsonl`;
  const ids = Array.from({ length: 16 }, (_, i) => `jc25-06-${String(i + 1).padStart(3, '0')}`);
  async function sixteenAnswers(): Promise<{ dataDir: string; file: string }> {
    const dataDir = tempDataDir();
    const s = await open(dataDir);
    for (const [i, q] of ids.entries()) {
      await s.answers.append({
        questionId: q,
        at: T0 + i * 1000,
        choice: ['A'],
        correct: i % 2 === 0,
        score: i % 2 === 0 ? 1 : 0,
        responseMs: 900,
        mode: 'practice',
      });
    }
    await s.dispose(); // a clean stop: the index records the whole file, today's backup holds every answer
    return { dataDir, file: join(dataDir, 'learners', 'default', 'reviews', month(T0)) };
  }
  const cases: Record<string, (file: string) => void> = {
    emptied: (f) => writeFileSync(f, ''),
    deleted: (f) => rmSync(f),
    'cut at a line boundary': (f) => {
      const lines = readFileSync(f, 'utf8').split('\n');
      writeFileSync(f, `${lines.slice(0, 5).join('\n')}\n`);
    },
    'replaced by a folder': (f) => {
      rmSync(f);
      mkdirSync(f);
    },
  };
  for (const [kind, damageIt] of Object.entries(cases)) {
    it(`${kind}: every answer comes back from the backup, once, and the learner is told how many`, async () => {
      const { dataDir, file } = await sixteenAnswers();
      const before = readFileSync(file, 'utf8').split('\n').filter(Boolean).length;
      damageIt(file);
      const s = await open(dataDir, T0 + 3600_000);
      const history = await s.answers.history();
      expect(history).toHaveLength(16);
      expect(new Set(history.map((r) => r.questionId)).size).toBe(16);
      expect(s.answers.model().questions.size).toBe(16);
      expect(s.notices.join('')).toMatch(new RegExp(`找回 ${16 - (kind === 'cut at a line boundary' ? 5 : 0)} 条答题记录`));
      expect(before).toBe(16);
      await s.dispose();
      // And it stays mended: the next start finds nothing to recover.
      const again = await open(dataDir, T0 + 7200_000);
      expect(await again.answers.history()).toHaveLength(16);
      expect(again.notices.join('')).not.toMatch(/找回/);
      await again.dispose();
    });
  }
  it('lost with no backup to recover from: the learner is told, not left with a silent gap', async () => {
    const { dataDir, file } = await sixteenAnswers();
    rmSync(join(dataDir, 'backups'), { recursive: true, force: true });
    writeFileSync(file, '');
    const s = await open(dataDir, T0 + 3600_000);
    expect(s.notices.join('')).toMatch(/比上次保存时短了或不见了/);
    await s.dispose();
  });
});

describe('issue 12, hole 6: a clean stop while the disk is still full drops no answer', () => {
  it('answers the disk refuses are copied to a spill file elsewhere, survive the stop, and come back once on the next start', async () => {
    const { vi } = await import('vitest');
    const { logIo } = await import('./monthlyLog');
    const dataDir = tempDataDir();
    const spillDir = tempDataDir();
    const start = (at: number) => servicesForTesting({ learner: 'default', dataDir, questionsDir, now: () => at, spillDir });
    const s = await start(T0);
    // The month log appends with one synchronous write (opened O_DSYNC): the disk refuses every such write.
    const full = vi.spyOn(logIo, 'write').mockImplementation(() => {
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    });
    const ids = ['jc25-06-001', 'jc25-06-002', 'jc25-06-003'];
    for (const [i, q] of ids.entries()) {
      expect(
        await s.answers.append({ questionId: q, at: T0 + i, choice: ['A'], correct: true, score: 1, responseMs: 900, mode: 'practice' }),
      ).toBe(false);
    }
    expect(s.answers.unsaved()).toHaveLength(3);
    expect(readdirSync(spillDir).filter((f) => f.startsWith('shegonglu-unsaved-'))).toHaveLength(1);
    // The learner can also take them away as a progress file to import later.
    const { exportUnsaved } = await import('../services/transfer');
    expect(exportUnsaved(s).count).toBe(3);
    await s.dispose(); // still full: a clean stop
    full.mockRestore();
    const again = await start(T0 + 3600_000);
    const history = await again.answers.history();
    expect(history.map((r) => r.questionId).sort()).toEqual(ids);
    expect(again.notices.join('')).toMatch(/3 条答题记录因为磁盘已满/);
    expect(readdirSync(spillDir).filter((f) => f.startsWith('shegonglu-unsaved-'))).toEqual([]);
    await again.dispose();
    const third = await start(T0 + 7200_000);
    expect(await third.answers.history()).toHaveLength(3); // once, not again
    await third.dispose();
  });
});

describe('issue 12, smaller holes', () => {
  it('temp files of interrupted atomic writes and unfinished backup copies are removed at start', async () => {
    const { dataDir, learner } = await learnerWithRecords();
    writeFileSync(join(learner, 'settings.json.123456'), '{"half":');
    mkdirSync(join(dataDir, 'backups', 'default', '2026-11-20_200000_daily.partial'), { recursive: true });
    const s = await open(dataDir, T0 + 1000);
    expect(readdirSync(learner).some((f) => /\.json\.\d+$/.test(f))).toBe(false);
    expect(readdirSync(join(dataDir, 'backups', 'default')).some((f) => f.endsWith('.partial'))).toBe(false);
    expect(s.settings.get().level).toBe('intermediate');
    await s.dispose();
  });
});

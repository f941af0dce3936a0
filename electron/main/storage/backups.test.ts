import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { servicesForTesting } from '../../../test/support/openForTesting';
import { questionsDirForTesting, tempDataDir } from '../../../test/support/questionsDirForTesting';

function clock(start: number) {
  let t = start;
  return { now: () => t, set: (v: number) => (t = v) };
}
// Local time in China (the tests' zone): the backups name their day and time in it.
const day = (d: number, h = 20) => Date.UTC(2026, 10, d, h - 8);

async function open(dataDir: string, c: { now: () => number }) {
  return servicesForTesting({ learner: 'default', dataDir, questionsDir: questionsDirForTesting(), now: c.now });
}

describe('backups', () => {
  it('makes one daily backup per day and keeps the newest 7', async () => {
    const dataDir = tempDataDir();
    const c = clock(day(1));
    for (let d = 1; d <= 10; d++) {
      c.set(day(d));
      const s = await open(dataDir, c);
      await s.settings.update({ fontStep: d % 4 });
      await s.backups.ensureDaily(); // already made at start today: no second one
      await s.dispose();
    }
    const list = await (await open(dataDir, c)).backups.list();
    const daily = list.filter((b) => b.kind === 'daily');
    expect(daily).toHaveLength(7);
    expect(daily[0]!.id.startsWith('2026-11-10')).toBe(true);
    expect(daily[6]!.id.startsWith('2026-11-04')).toBe(true);
  });

  it('restores a chosen backup and keeps the replaced records as a backup of their own', async () => {
    const dataDir = tempDataDir();
    const c = clock(day(3));
    const s = await open(dataDir, c);
    await s.settings.update({ level: 'junior' });
    await s.answers.append({
      questionId: 'jc25-06-001',
      at: c.now(),
      choice: ['C'],
      correct: true,
      score: 1,
      responseMs: 9,
      mode: 'practice',
    });
    c.set(day(3, 21));
    const manual = await s.backups.create('manual');
    expect(manual.files).toBeGreaterThan(0);
    c.set(day(3, 22));
    await s.settings.update({ level: 'intermediate' });
    await s.answers.append({
      questionId: 'jc25-06-002',
      at: c.now(),
      choice: ['A'],
      correct: false,
      score: 0,
      responseMs: 9,
      mode: 'practice',
    });

    const { restoreBackup } = await import('../services/backup');
    await restoreBackup(s, manual.id);
    expect(s.settings.get().level).toBe('junior');
    expect((await s.answers.history()).map((r) => r.questionId)).toEqual(['jc25-06-001']);
    const kept = (await s.backups.list()).find((b) => b.kind === 'before-restore');
    expect(kept).toBeDefined();
    const keptSettings = JSON.parse(readFileSync(join(dataDir, 'backups', 'default', kept!.id, 'settings.json'), 'utf8'));
    expect(keptSettings.level).toBe('intermediate');
    // Writing goes on normally after a restore.
    await s.answers.append({
      questionId: 'jc25-06-003',
      at: c.now() + 1,
      choice: ['A'],
      correct: true,
      score: 1,
      responseMs: 9,
      mode: 'practice',
    });
    await s.dispose();
    expect((await (await open(dataDir, c)).answers.history()).map((r) => r.questionId)).toEqual(['jc25-06-001', 'jc25-06-003']);
  });

  it('refuses an unknown backup id and changes nothing', async () => {
    const dataDir = tempDataDir();
    const s = await open(dataDir, clock(day(5)));
    await s.settings.update({ level: 'junior' });
    const { restoreBackup } = await import('../services/backup');
    await expect(restoreBackup(s, '2020-01-01_000000_manual')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(s.settings.get().level).toBe('junior');
  });

  it('recovers a damaged document from the newest good backup, keeping the damaged file', async () => {
    const dataDir = tempDataDir();
    const c = clock(day(6));
    const s = await open(dataDir, c);
    await s.settings.update({ level: 'intermediate', examDate: '2027-05-22' });
    c.set(day(7));
    await s.dispose();
    const s2 = await open(dataDir, c); // makes day 7's backup with the good settings
    await s2.dispose();
    const file = join(dataDir, 'learners', 'default', 'settings.json');
    writeFileSync(file, '\u0000'.repeat(64));
    const s3 = await open(dataDir, c);
    expect(s3.settings.get()).toMatchObject({ level: 'intermediate', examDate: '2027-05-22' });
    expect(s3.notices.join('')).toMatch(/已自动从 .* 的备份恢复/);
    const kept = readdirSync(join(dataDir, 'learners', 'default')).filter((f) => f.startsWith('settings.json.damaged-'));
    expect(kept).toHaveLength(1);
    expect(existsSync(file)).toBe(true);
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// The copy of a restore fails half-way, as on a disk that fills up: cp writes part of the folder, then throws.
const failCopy = { on: false };
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    cp: async (...args: Parameters<typeof real.cp>) => {
      if (!failCopy.on) return real.cp(...args);
      await real.mkdir(String(args[1]), { recursive: true });
      await real.writeFile(join(String(args[1]), 'settings.json'), '{"version":3');
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    },
  };
});

const { servicesForTesting } = await import('../../../test/support/openForTesting');
const { questionsDirForTesting, tempDataDir } = await import('../../../test/support/questionsDirForTesting');

describe('restoring a backup on a disk that fills up during the copy', () => {
  it('leaves the learner’s records exactly as they were and no half-copied folder behind', async () => {
    const dataDir = tempDataDir();
    const t = new Date(2026, 10, 3, 20).getTime();
    const s = await servicesForTesting({ learner: 'default', dataDir, questionsDir: questionsDirForTesting(), now: () => t });
    await s.settings.update({ level: 'junior' });
    const backup = await s.backups.create('manual');
    await s.settings.update({ level: 'intermediate', fontStep: 2 });
    const learner = join(dataDir, 'learners', 'default');
    const before = readFileSync(join(learner, 'settings.json'), 'utf8');
    failCopy.on = true;
    await expect(s.backups.restore(backup.id)).rejects.toThrow(/no space/);
    failCopy.on = false;
    expect(readFileSync(join(learner, 'settings.json'), 'utf8')).toBe(before);
    expect(readdirSync(join(dataDir, 'learners'))).toEqual(['default']);
    expect(existsSync(join(dataDir, 'backups', 'default'))).toBe(true);
    expect((await s.backups.list()).filter((b) => b.kind === 'before-restore')).toEqual([]);
    await s.dispose();
  });
});

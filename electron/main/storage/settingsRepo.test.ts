import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { defaultSettings } from '@shared/settings';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { open, setup } from '../../../test/support/sixItemLearner';

describe('settings migration', () => {
  it('lifts a version-1 settings file to version 2 with the new defaults, keeping what was there', async () => {
    const { q, clock, dataDir } = setup();
    const learner = join(dataDir, 'learners', 'default');
    mkdirSync(learner, { recursive: true });
    writeFileSync(
      join(learner, 'settings.json'),
      JSON.stringify({ version: 1, level: 'intermediate', examDate: '2027-05-22', fontStep: 3 }),
    );
    const { s } = await open(dataDir, q, clock.now);
    expect(s.settings.get()).toEqual({
      level: 'intermediate',
      examDate: '2027-05-22',
      fontStep: 3,
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
      guideDone: true,
    });
  });

  it('lifts a version-4 file to version 5: practice modes at their defaults, the guide counted as seen, the rest kept', async () => {
    const { q, clock, dataDir } = setup();
    const learner = join(dataDir, 'learners', 'default');
    mkdirSync(learner, { recursive: true });
    const v4 = {
      version: 4,
      level: 'junior',
      examDate: null,
      fontStep: 2,
      desiredRetention: 0.85,
      mistakesExitStreak: 3,
      dailyNewOverride: 40,
      passLine: 55,
      theme: 'dark',
      passes: { jc: 2025 },
      includePassed: true,
    };
    writeFileSync(join(learner, 'settings.json'), JSON.stringify(v4));
    const { s } = await open(dataDir, q, clock.now);
    const kept: Record<string, unknown> = { ...v4 };
    delete kept['version'];
    expect(s.settings.get()).toEqual({
      ...kept,
      practiceMode: 'instant',
      batchSize: 20,
      autoNextSingle: false,
      autoNextWhenRight: false,
      caseMode: 'typed',
      caseMinutes: 25,
      guideDone: true,
      examFontStep: 1,
    });
    expect(s.settings.notice).toBeNull();
    // The new fields are saved like the others.
    expect(await s.settings.update({ practiceMode: 'batch', batchSize: 50 })).toMatchObject({
      practiceMode: 'batch',
      batchSize: 50,
      fontStep: 2,
    });
  });

  it('lifts a version-5 file to version 6: the exam 字号 at 中 (as every sitting opened before), the rest kept', async () => {
    const { q, clock, dataDir } = setup();
    const learner = join(dataDir, 'learners', 'default');
    mkdirSync(learner, { recursive: true });
    const v5 = {
      ...defaultSettings(),
      level: 'intermediate',
      fontStep: 3,
      practiceMode: 'batch',
      batchSize: 10,
      caseMode: 'paper',
      guideDone: true,
    } as Record<string, unknown>;
    delete v5['examFontStep'];
    writeFileSync(join(learner, 'settings.json'), JSON.stringify({ version: 5, ...v5 }));
    const { s } = await open(dataDir, q, clock.now);
    expect(s.settings.get()).toEqual({ ...v5, examFontStep: 1 });
    expect(s.settings.notice).toBeNull();
    // Kept like the others, and read back after a restart.
    await s.settings.update({ examFontStep: 2 });
    await s.dispose();
    const again = await open(dataDir, q, clock.now);
    expect(again.s.settings.get()).toMatchObject({ examFontStep: 2, fontStep: 3, practiceMode: 'batch' });
    expect(JSON.parse(readFileSync(join(learner, 'settings.json'), 'utf8'))).toMatchObject({ version: 6, examFontStep: 2 });
  });

  it('starts a new learner with the guide not yet seen and instant feedback', async () => {
    const { q, clock, dataDir } = setup();
    const { s } = await open(dataDir, q, clock.now);
    expect(s.settings.get()).toMatchObject({
      guideDone: false,
      practiceMode: 'instant',
      batchSize: 20,
      caseMode: 'typed',
      examFontStep: 1,
    });
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
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
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the version is left out on purpose
    const { version: _v, ...kept } = v4;
    expect(s.settings.get()).toEqual({
      ...kept,
      practiceMode: 'instant',
      batchSize: 20,
      autoNextSingle: false,
      autoNextWhenRight: false,
      caseMode: 'typed',
      caseMinutes: 25,
      guideDone: true,
    });
    expect(s.settings.notice).toBeNull();
    // The new fields are saved like the others.
    expect(await s.settings.update({ practiceMode: 'batch', batchSize: 50 })).toMatchObject({
      practiceMode: 'batch',
      batchSize: 50,
      fontStep: 2,
    });
  });

  it('starts a new learner with the guide not yet seen and instant feedback', async () => {
    const { q, clock, dataDir } = setup();
    const { s } = await open(dataDir, q, clock.now);
    expect(s.settings.get()).toMatchObject({ guideDone: false, practiceMode: 'instant', batchSize: 20, caseMode: 'typed' });
  });
});

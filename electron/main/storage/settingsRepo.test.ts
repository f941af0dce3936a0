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
    });
  });
});

import { open, setup } from '../../../test/support/sixItemLearner';
import { DAY } from '@core/srs/calendar';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDataDir } from '../../../test/support/questionsDirForTesting';
import { openForTesting } from '../../../test/support/openForTesting';

const T0 = Date.UTC(2026, 11, 2, 12);
type Entry = {
  id: string;
  lastChoice: string[];
  lastCorrect: boolean;
  answer: string[];
  explanation: string;
  basis: string;
  options: unknown[];
};

describe('错题本 entries', () => {
  it('show the learner’s last answer, the key and the 解析, and 从错题本移除 holds until the next wrong answer', async () => {
    let now = T0;
    const app = await openForTesting({ now: () => now });
    await app.services.settings.update({ level: 'junior' });
    await app.call('practice:answer', { questionId: 'jc25-06-001', choice: ['A'], responseMs: 5000 });
    now += 60_000;
    await app.call('practice:answer', { questionId: 'jc25-06-002', choice: ['A', 'D'], responseMs: 5000 });
    const list = await app.call<Entry[]>('mistakes:list', {});
    expect(list.map((e) => e.id)).toEqual(['jc25-06-002', 'jc25-06-001']);
    expect(list[1]).toMatchObject({ lastChoice: ['A'], lastCorrect: false, answer: ['C'] });
    expect(list[1]!.explanation.length).toBeGreaterThan(0);
    expect(list[1]!.basis.length).toBeGreaterThan(0);
    expect(list[1]!.options).toHaveLength(4);

    now += 60_000;
    expect(await app.call('mistakes:remove', { questionId: 'jc25-06-001' })).toEqual({ removed: true });
    expect((await app.call<Entry[]>('mistakes:list', {})).map((e) => e.id)).toEqual(['jc25-06-002']);
    await expect(app.call('mistakes:remove', { questionId: 'no-such-item' })).rejects.toThrow(/NOT_FOUND/);

    // Removed by hand, then wrong again: back in the 错题本, with the new answer.
    now += 60_000;
    await app.call('practice:answer', { questionId: 'jc25-06-001', choice: ['B'], responseMs: 5000 });
    const again = await app.call<Entry[]>('mistakes:list', {});
    expect(again.map((e) => e.id)).toEqual(['jc25-06-001', 'jc25-06-002']);
    expect(again[0]!.lastChoice).toEqual(['B']);
  });

  it('a removal survives a restart, and a collections file of version 1 is lifted with nothing removed', async () => {
    const dataDir = tempDataDir();
    const learner = join(dataDir, 'learners', 'default');
    mkdirSync(learner, { recursive: true });
    writeFileSync(join(learner, 'collections.json'), JSON.stringify({ version: 1, favourites: { 'jc25-06-003': T0 - 1 }, notes: {} }));
    const a = await openForTesting({ dataDir, now: T0 });
    await a.services.settings.update({ level: 'junior' });
    expect(await a.call<unknown[]>('collections:favourites')).toHaveLength(1);
    await a.call('practice:answer', { questionId: 'jc25-06-001', choice: ['A'], responseMs: 5000 });
    await a.call('mistakes:remove', { questionId: 'jc25-06-001' });
    await a.dispose();
    expect(JSON.parse(readFileSync(join(learner, 'collections.json'), 'utf8'))).toMatchObject({
      version: 2,
      dismissed: { 'jc25-06-001': T0 },
    });
    const b = await openForTesting({ dataDir, now: T0 + 1000 });
    expect(await b.call<unknown[]>('mistakes:list', {})).toEqual([]);
  });
});

describe('错题本, 收藏 and notes', () => {
  it('collects wrong answers, filters them, and lets an item leave after N right answers in a row', async () => {
    const { q, clock, dataDir } = setup();
    const { call } = await open(dataDir, q, clock.now);
    await call('settings:update', { level: 'junior', mistakesExitStreak: 2 });
    await call('practice:answer', { questionId: 'jc25-06-001', choice: ['A'], responseMs: 1000 });
    clock.set(T0 + DAY);
    await call('practice:answer', { questionId: 'jc25-07-003', choice: ['E'], responseMs: 1000 });
    await call('practice:answer', { questionId: 'jc25-06-002', choice: ['A', 'B', 'C'], responseMs: 1000 }); // right: not a mistake
    const all = await call<{ id: string }[]>('mistakes:list', {});
    expect(all.map((m) => m.id)).toEqual(['jc25-07-003', 'jc25-06-001']);
    expect((await call<{ id: string }[]>('mistakes:list', { chapter: 'jc25-07' })).map((m) => m.id)).toEqual(['jc25-07-003']);
    expect((await call<{ id: string }[]>('mistakes:list', { type: 'single' })).map((m) => m.id)).toEqual(['jc25-06-001']);
    expect((await call<{ id: string }[]>('mistakes:list', { from: '2026-11-29' })).map((m) => m.id)).toEqual(['jc25-07-003']);
    expect((await call<{ id: string }[]>('mistakes:list', { to: '2026-11-28' })).map((m) => m.id)).toEqual(['jc25-06-001']);
    expect(await call('mistakes:list', { subject: 'jp' })).toEqual([]);

    await call('practice:answer', { questionId: 'jc25-06-001', choice: ['C'], responseMs: 1000, mode: 'mistakes' });
    expect((await call<{ id: string }[]>('mistakes:list', {})).map((m) => m.id)).toContain('jc25-06-001');
    await call('practice:answer', { questionId: 'jc25-06-001', choice: ['C'], responseMs: 1000, mode: 'mistakes' });
    expect((await call<{ id: string }[]>('mistakes:list', {})).map((m) => m.id)).toEqual(['jc25-07-003']);
    // A stricter setting brings it back until it has three in a row.
    await call('settings:update', { mistakesExitStreak: 3 });
    expect((await call<{ id: string }[]>('mistakes:list', {})).map((m) => m.id)).toContain('jc25-06-001');
  });

  it('stars items and keeps notes across a restart', async () => {
    const { q, clock, dataDir } = setup();
    const { s, call } = await open(dataDir, q, clock.now);
    expect(await call('collections:setFavourite', { questionId: 'jc25-07-001', on: true })).toEqual({ favourite: true });
    expect(await call('collections:setNote', { questionId: 'jc25-07-001', text: '容易和对焦混淆' })).toEqual({ note: '容易和对焦混淆' });
    await s.dispose();
    const again = await open(dataDir, q, clock.now);
    const favs = await again.call<{ id: string; note: string }[]>('collections:favourites');
    expect(favs).toMatchObject([{ id: 'jc25-07-001', note: '容易和对焦混淆' }]);
    const fb = await again.call<{ favourite: boolean; note: string }>('practice:answer', {
      questionId: 'jc25-07-001',
      choice: ['C'],
      responseMs: 1,
    });
    expect(fb).toMatchObject({ favourite: true, note: '容易和对焦混淆' });
    // Many items at once (the mock-exam review).
    expect(await again.call('collections:state', { ids: ['jc25-07-001', 'jc25-06-001'] })).toEqual({
      'jc25-07-001': { favourite: true, note: '容易和对焦混淆' },
      'jc25-06-001': { favourite: false, note: '' },
    });
    await again.call('collections:setFavourite', { questionId: 'jc25-07-001', on: false });
    expect(await again.call('collections:favourites')).toEqual([]);
    await expect(again.call('collections:setFavourite', { questionId: 'nope', on: true })).rejects.toThrow(/NOT_FOUND/);
  });
});

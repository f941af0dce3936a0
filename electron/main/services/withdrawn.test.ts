import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionsDirForTesting, tempDataDir } from '../../../test/support/questionsDirForTesting';
import { openForTesting } from '../../../test/support/openForTesting';
import { DAY } from '@core/srs/calendar';

const T0 = Date.UTC(2026, 10, 28, 12);

const open = (dataDir: string, questionsDir: string, now: number) => openForTesting({ dataDir, questionsDir, now });

describe('an item withdrawn from the bank (已下架, issue 11)', () => {
  it('leaves the 错题本, 收藏 and today’s queue, is counted as 已下架 there and in a past paper, and its answers stay in the log', async () => {
    const dataDir = tempDataDir();
    const q = questionsDirForTesting();
    const before = await open(dataDir, q, T0);
    await before.call('settings:update', { level: 'junior' });
    await before.call('practice:answer', { questionId: 'jc25-06-001', choice: ['A'], responseMs: 900, mode: 'today' });
    await before.call('collections:setFavourite', { questionId: 'jc25-06-001', on: true });
    const exam = await before.call<{ id: string }>('exam:start', {
      subject: 'jc',
      custom: { counts: { single: 2, multiple: 1 }, minutes: 10 },
    });
    await before.call('exam:submit', { id: exam.id });
    expect((await before.call<{ id: string }[]>('mistakes:list', {})).map((m) => m.id)).toContain('jc25-06-001');
    await before.dispose();

    // A bank update withdraws jc25-06-001.
    const file = join(q, 'banks', 'jc', 'jc25-06.json');
    const bank = JSON.parse(readFileSync(file, 'utf8'));
    bank.items = bank.items.filter((i: { id: string }) => i.id !== 'jc25-06-001');
    writeFileSync(file, JSON.stringify(bank));

    const after = await open(dataDir, q, T0 + 3 * DAY);
    expect((await after.call<{ id: string }[]>('mistakes:list', {})).map((m) => m.id)).not.toContain('jc25-06-001');
    expect((await after.call<{ id: string }[]>('collections:favourites')).map((f) => f.id)).not.toContain('jc25-06-001');
    expect(await after.call('collections:withdrawn')).toEqual({ mistakes: 1, favourites: 1, deleted: { mistakes: 0, favourites: 0 } });
    expect((await after.call<{ questions: { id: string }[] }>('today:start')).questions.map((x) => x.id)).not.toContain('jc25-06-001');
    expect(await after.call('exam:result', { id: exam.id })).toMatchObject({ withdrawn: 1, deleted: 0 });
    expect((await after.services.answers.history()).some((r) => r.questionId === 'jc25-06-001')).toBe(true);
    await after.dispose();
  });
});

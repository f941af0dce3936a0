import { describe, expect, it } from 'vitest';
import { tempDataDir } from '../../../test/support/questionsDirForTesting';
import { openForTesting } from '../../../test/support/openForTesting';

const T0 = Date.UTC(2026, 11, 2, 12);
const chapter = { kind: 'chapter', subject: 'jc', chapter: 'jc25-06' } as const;
type Read = { items: { id: string; answer: string[]; explanation: string; unremembered: boolean }[]; place: string | null };

describe('背题模式', () => {
  it('shows keys and 解析, remembers the place across a restart, and never counts as an answer', async () => {
    const dataDir = tempDataDir();
    let now = T0;
    const a = await openForTesting({ dataDir, now: () => now });
    await a.services.settings.update({ level: 'junior' });
    const first = await a.call<Read>('read:start', chapter);
    expect(first.place).toBeNull();
    expect(first.items.map((i) => i.id)).toEqual(['jc25-06-001', 'jc25-06-002', 'jc25-06-003']);
    expect(first.items[0]).toMatchObject({ answer: ['C'], unremembered: false });
    expect(first.items[0]!.explanation).toMatch(/\S/);
    now += 1000;
    await a.call('read:mark', { source: chapter, questionId: 'jc25-06-002', remembered: true });
    await a.dispose();

    const b = await openForTesting({ dataDir, now: () => now });
    expect((await b.call<Read>('read:start', chapter)).place).toBe('jc25-06-002');
    expect(await b.services.answers.history()).toEqual([]);
    expect(b.services.answers.model().questions.size).toBe(0);
    await expect(b.call('read:mark', { source: chapter, questionId: 'mp25-15-c01', remembered: true })).rejects.toThrow(/NOT_FOUND/);
  });

  it('没记住 puts an item in the 错题本 until it is answered right; 记住了 takes the flag off', async () => {
    let now = T0;
    const a = await openForTesting({ now: () => now });
    await a.services.settings.update({ level: 'junior', mistakesExitStreak: 1 });
    await a.call('read:mark', { source: chapter, questionId: 'jc25-06-003', remembered: false });
    const list = await a.call<{ id: string; fromReading: boolean; wrongs: number }[]>('mistakes:list', {});
    expect(list).toMatchObject([{ id: 'jc25-06-003', fromReading: true, wrongs: 0 }]);
    expect((await a.call<Read>('read:start', { kind: 'mistakes' })).items.map((i) => [i.id, i.unremembered])).toEqual([
      ['jc25-06-003', true],
    ]);
    now += 1000;
    await a.call('practice:answer', { questionId: 'jc25-06-003', choice: ['A'], responseMs: 5000, mode: 'mistakes' });
    expect(await a.call('mistakes:list', {})).toEqual([]);
    now += 1000;
    await a.call('read:mark', { source: { kind: 'favourites' }, questionId: 'jc25-06-001', remembered: false });
    expect(await a.call<unknown[]>('mistakes:list', {})).toHaveLength(1);
    await a.call('read:mark', { source: { kind: 'favourites' }, questionId: 'jc25-06-001', remembered: true });
    expect(await a.call('mistakes:list', {})).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { BackendError, type Backend } from '../backend/backend';
import { inProcessBackend } from '../../../../test/support/inProcessBackend';
import { FavouritesState } from './favourites.svelte';
import { ItemToolsState } from './itemTools.svelte';
import { MistakesState } from './mistakes.svelte';

describe('ItemToolsState, FavouritesState and MistakesState', () => {
  it('stars an item with a note, lists it under 收藏, and unstars it there', async () => {
    const backend = await inProcessBackend();
    const tools = new ItemToolsState(backend, 'jc25-06-002', false, '');
    await tools.toggle();
    expect(tools.favourite).toBe(true);
    tools.note = '同理心不是同情';
    await tools.saveNote();
    expect(tools.saved).toBe(true);
    tools.note = '同理心不是同情。';
    expect(tools.saved).toBe(false);

    const favs = new FavouritesState(backend);
    await favs.load();
    expect(favs.list).toMatchObject([{ id: 'jc25-06-002', note: '同理心不是同情', attempts: 0, wrongs: 0, lastChoice: [] }]);
    expect(favs.withdrawn).toBe(0);
    const stem = favs.list[0]!.stem;
    await favs.remove('jc25-06-002');
    expect(favs.removed).toBe(stem);
    expect(favs.list).toEqual([]);
    expect(await backend['collections:favourites'](undefined)).toEqual([]);
  });

  it('收藏 entries open in place with the last answer (or none), the key and 解析, filter in place, and 取消收藏 keeps the filter', async () => {
    const backend = await inProcessBackend();
    // jc25-06-001 answered wrongly, jc25-06-002 never answered, both starred.
    await backend['practice:answer']({ questionId: 'jc25-06-001', choice: ['A'], responseMs: 1000 });
    await backend['collections:setFavourite']({ questionId: 'jc25-06-001', on: true });
    await backend['collections:setFavourite']({ questionId: 'jc25-06-002', on: true });
    await backend['collections:setNote']({ questionId: 'jc25-06-002', text: '记住关键词' });
    const favs = new FavouritesState(backend);
    expect(favs.loaded).toBe(false);
    await favs.load();
    expect(favs.loaded).toBe(true);
    expect(new Set(favs.list.map((f) => f.id))).toEqual(new Set(['jc25-06-001', 'jc25-06-002']));
    const wrong = favs.list.find((f) => f.id === 'jc25-06-001')!;
    const never = favs.list.find((f) => f.id === 'jc25-06-002')!;
    expect(wrong).toMatchObject({ attempts: 1, wrongs: 1, lastChoice: ['A'], lastCorrect: false, note: '' });
    expect(wrong.answer).not.toContain('A');
    expect(wrong.explanation).not.toBe('');
    expect(wrong.options.length).toBeGreaterThan(1);
    expect(never).toMatchObject({ attempts: 0, wrongs: 0, lastChoice: [], note: '记住关键词' });
    expect(never.answer.length).toBeGreaterThan(0);

    favs.toggle(never.id);
    expect(favs.isOpen(never.id)).toBe(true);
    expect(favs.isOpen(wrong.id)).toBe(false);

    expect(favs.shown).toHaveLength(2);
    favs.filter = { status: 'wrongBefore' };
    expect(favs.shown.map((f) => f.id)).toEqual(['jc25-06-001']);
    favs.filter = { status: 'never' };
    expect(favs.shown.map((f) => f.id)).toEqual(['jc25-06-002']);
    favs.filter = { subject: 'jp' };
    expect(favs.shown).toEqual([]);
    favs.filter = { subject: 'jc', chapter: never.chapter, status: 'withNote' };
    expect(favs.shown.map((f) => f.id)).toEqual(['jc25-06-002']);

    await favs.remove('jc25-06-002');
    expect(favs.removed).toBe(never.stem);
    expect(favs.isOpen(never.id)).toBe(false);
    expect(favs.list.map((f) => f.id)).toEqual(['jc25-06-001']);
    expect(favs.filter).toEqual({ subject: 'jc', chapter: never.chapter, status: 'withNote' });
    expect(favs.shown).toEqual([]);
    expect((await backend['collections:favourites'](undefined)).map((f) => f.id)).toEqual(['jc25-06-001']);
  });

  it('a failed 取消收藏 says so and keeps the entry', async () => {
    const real = await inProcessBackend();
    await real['collections:setFavourite']({ questionId: 'jc25-06-002', on: true });
    const failing: Backend = {
      ...real,
      'collections:setFavourite': async () => {
        throw new TypeError('boom');
      },
    };
    const favs = new FavouritesState(failing);
    await favs.load();
    await favs.remove('jc25-06-002');
    expect(favs.error).toBe('取消收藏时出错，请重试。');
    expect(favs.list.map((f) => f.id)).toEqual(['jc25-06-002']);
    expect(favs.removed).toBeNull();
    expect(favs.removing).toBeNull();
  });

  it('lists mistakes under a filter', async () => {
    const backend = await inProcessBackend();
    await backend['practice:answer']({ questionId: 'jc25-06-001', choice: ['A'], responseMs: 1000 });
    const m = new MistakesState(backend);
    await m.load();
    expect(m.list.map((x) => x.id)).toEqual(['jc25-06-001']);
    await m.load({ type: 'multiple' });
    expect(m.list).toEqual([]);
    expect(m.error).toBeNull();
  });

  it('opens an entry in place with the last answer, key, 解析 and 依据, and 从错题本移除 keeps the filter', async () => {
    const backend = await inProcessBackend();
    await backend['practice:answer']({ questionId: 'jc25-06-001', choice: ['A'], responseMs: 1000 });
    await backend['practice:answer']({ questionId: 'jc25-06-002', choice: ['A'], responseMs: 1000 });
    const m = new MistakesState(backend);
    await m.load({ subject: 'jc' });
    expect(m.list.map((x) => x.id)).toContain('jc25-06-001');
    const first = m.list[0]!;
    expect(first.lastChoice).toEqual(['A']);
    expect(first.answer.length).toBeGreaterThan(0);
    expect(first.explanation).not.toBe('');
    expect(m.isOpen(first.id)).toBe(false);
    m.toggle(first.id);
    expect(m.isOpen(first.id)).toBe(true);
    const before = m.list.length;
    await m.remove(first.id);
    expect(m.removing).toBeNull();
    expect(m.removed).toBe(first.stem);
    expect(m.isOpen(first.id)).toBe(false);
    expect(m.list.map((x) => x.id)).not.toContain(first.id);
    expect(m.list).toHaveLength(before - 1);
    expect((await backend['mistakes:list']({})).map((x) => x.id)).not.toContain(first.id);
    m.toggle(first.id);
    m.toggle(first.id);
    expect(m.isOpen(first.id)).toBe(false);
  });

  it('a failed 从错题本移除 says so and keeps the entry', async () => {
    const real = await inProcessBackend();
    await real['practice:answer']({ questionId: 'jc25-06-001', choice: ['A'], responseMs: 1000 });
    const failing: Backend = {
      ...real,
      'mistakes:remove': async () => {
        throw new TypeError('boom');
      },
    };
    const m = new MistakesState(failing);
    await m.load();
    await m.remove('jc25-06-001');
    expect(m.error).toBe('没有移除成功，请重试；错题本没有变化。');
    expect(m.list.map((x) => x.id)).toEqual(['jc25-06-001']);
    expect(m.removed).toBeNull();
  });

  it("shows main's message when saving fails, and the feature's own text for anything else", async () => {
    const real = await inProcessBackend();
    const failing: Backend = {
      ...real,
      'collections:setFavourite': async () => {
        throw new BackendError('STORAGE_WRITE', '保存学习记录时出错');
      },
      'mistakes:list': async () => {
        throw new TypeError('boom');
      },
    };
    const tools = new ItemToolsState(failing, 'jc25-06-002', false, '');
    await tools.toggle();
    expect(tools.favourite).toBe(false);
    expect(tools.error).toBe('保存学习记录时出错');
    const m = new MistakesState(failing);
    await m.load();
    expect(m.error).toBe('读取错题本时出错。');
  });
});

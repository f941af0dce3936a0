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
    expect(favs.list).toMatchObject([{ id: 'jc25-06-002', note: '同理心不是同情' }]);
    expect(favs.withdrawn).toBe(0);
    await favs.unstar('jc25-06-002');
    expect(favs.list).toEqual([]);
    expect(await backend['collections:favourites'](undefined)).toEqual([]);
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

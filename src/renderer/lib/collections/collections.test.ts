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

import { describe, expect, it } from 'vitest';
import { BackendError, type Backend } from '../backend/backend';
import { inProcessBackend } from '../../../../test/support/inProcessBackend';
import { tempDataDir } from '../../../../test/support/questionsDirForTesting';
import { ReadSession } from './readSession.svelte';

const chapter = { kind: 'chapter', subject: 'jc', chapter: 'jc25-06' } as const;

describe('ReadSession (背题模式)', () => {
  it('shows keys, marks 记住了/没记住, moves with keys, and reopens at the place reached', async () => {
    const dataDir = tempDataDir();
    const backend = await inProcessBackend(dataDir);
    await backend['settings:update']({ level: 'junior' });
    let moves = 0;
    const s = new ReadSession(backend, chapter, undefined, () => (moves += 1));
    await s.start();
    expect(s.phase).toBe('reading');
    expect(s.items.map((i) => i.id)).toEqual(['jc25-06-001', 'jc25-06-002', 'jc25-06-003']);
    expect(s.current).toMatchObject({ id: 'jc25-06-001', answer: ['C'] });
    expect(s.isFirst).toBe(true);

    await s.markCurrent(true);
    expect(s.index).toBe(1);
    expect(moves).toBeGreaterThan(0);
    expect(s.handleKey('n')).toBe(true);
    await expect.poll(() => s.index).toBe(2);
    expect(s.items[1]!.unremembered).toBe(true);
    expect(s.tally).toEqual({ remembered: 1, not: 1 });
    expect(s.handleKey('ArrowLeft')).toBe(true);
    await expect.poll(() => s.index).toBe(1);
    expect(s.mark).toBe(false);
    expect(s.handleKey('x')).toBe(false);
    // Quick keys: the place kept is the last one reached, whatever order the writes would finish in.
    s.handleKey('ArrowRight');
    s.handleKey('ArrowLeft');
    await s.settled;

    // 没记住 went into the 错题本; nothing was answered.
    expect((await backend['mistakes:list']({})).map((m) => m.id)).toEqual(['jc25-06-002']);

    // A new session on a fresh backend over the same data continues at item 2.
    const again = new ReadSession(await inProcessBackend(dataDir), chapter);
    await again.start();
    expect(again.current?.id).toBe('jc25-06-002');
    expect(again.current?.unremembered).toBe(true);
    await again.next();
    await again.next();
    expect(again.phase).toBe('done');
    await again.again();
    expect(again.phase).toBe('reading');
    expect(again.index).toBe(0);
  });

  it('reads the 错题本 and says so when a list is empty', async () => {
    const backend = await inProcessBackend();
    await backend['settings:update']({ level: 'junior' });
    const empty = new ReadSession(backend, { kind: 'favourites' });
    await empty.start();
    expect(empty.phase).toBe('empty');
    expect(empty.message).toBeNull();
    await backend['practice:answer']({ questionId: 'jc25-06-001', choice: ['A'], responseMs: 1000 });
    const mistakes = new ReadSession(backend, { kind: 'mistakes' });
    await mistakes.start();
    expect(mistakes.items.map((i) => i.id)).toEqual(['jc25-06-001']);
  });

  it('stays on the item with main’s message when a mark is not saved, and flags an unsaved write', async () => {
    const real = await inProcessBackend();
    await real['settings:update']({ level: 'junior' });
    let unsaved = 0;
    let fail = true;
    const backend: Backend = {
      ...real,
      'read:mark': async (args) => {
        if (fail) throw new BackendError('STORAGE_WRITE', '保存学习记录时出错');
        return { ...(await real['read:mark'](args)), saved: false };
      },
    };
    const s = new ReadSession(backend, chapter, () => (unsaved += 1));
    await s.start();
    await s.markCurrent(false);
    expect(s.index).toBe(0);
    expect(s.message).toBe('保存学习记录时出错');
    expect(s.mark).toBeUndefined();
    fail = false;
    await s.markCurrent(false);
    expect(s.index).toBe(1);
    expect(unsaved).toBe(2);
    const broken = new ReadSession({ ...real, 'read:start': async () => Promise.reject(new TypeError('x')) }, chapter);
    await broken.start();
    expect(broken.phase).toBe('empty');
    expect(broken.message).toBe('打开背题时出错，请返回后重试。');
  });
});

import { describe, expect, it, vi } from 'vitest';
import { inProcessBackend } from '../../../../test/support/inProcessBackend';
import type { ImportedBankInfo } from '@shared/ipc/contract/import';
import { BackendError, eventsFrom, type Backend } from '../backend/backend';
import { ImportState } from './importState.svelte';
import { IMPORT_MESSAGES as M } from './messages';

// Test data only.
const CSV =
  '题干,选项A,选项B,选项C,选项D,正确答案,章节\n状态测试题一,甲,乙,丙,丁,A,个案社会工作\n状态测试题二,甲,乙,丙,丁,Z,个案社会工作\n状态测试题三,甲,乙,丙,丁,B,不存在的章\n';
const file = (text: string, name = '练习.csv') => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, arrayBuffer: async () => bytes.buffer.slice(0) as ArrayBuffer };
};

describe('ImportState', () => {
  it('previews a file, cancels without writing, then imports with the chosen chapters', async () => {
    const backend = await inProcessBackend();
    const s = new ImportState(backend, 'jc');
    await s.chooseFile(file(CSV));
    expect(s.message).toBeNull();
    expect(s.preview).toMatchObject({ itemCount: 2, refusedCount: 1 });
    expect(s.preview!.refused[0]!.reason).toBe('答案 Z 不是选项');
    // The close match is chosen (to confirm), the unmatched chapter is not: one item would be imported.
    expect(s.choices).toEqual({ 个案社会工作: 'jc25-06', 不存在的章: null });
    expect(s.importable).toBe(1);

    s.cancel();
    expect(s.preview).toBeNull();
    expect(s.message).toEqual({ ok: true, text: '已取消，没有导入任何题目。' });
    await s.loadBanks();
    expect(s.banks).toEqual([]);

    await s.chooseFile(file(CSV));
    s.setChoice('不存在的章', 'jc25-07');
    expect(s.importable).toBe(2);
    await s.commit();
    expect(s.message).toEqual({ ok: true, text: '已导入 2 题，1 处没有导入。可以在首页的章节里练习。' });
    expect(s.banks.map((b) => [b.file, b.items])).toEqual([['练习.csv', 2]]);

    await s.remove(s.banks[0]!);
    expect(s.message?.text).toBe('已删除 2 道导入的题目。');
    expect(s.banks).toEqual([]);
  });

  it('follows the bank read again elsewhere (a class bank pulled in the background) until told to stop', async () => {
    const real = await inProcessBackend();
    let deliver: (m: unknown) => void = () => {};
    let listening = 0;
    const backend: Backend = {
      ...real,
      on: eventsFrom((d) => {
        deliver = d;
        listening++;
        return () => listening--;
      }),
    };
    const screen = new ImportState(backend, 'jc');
    await screen.loadBanks();
    expect(screen.banks).toEqual([]);
    const stop = screen.followBanks();
    expect(listening).toBe(1);
    // Another window (or the sync) imports; main pushes bank:reloaded.
    const other = new ImportState(real, 'jc');
    await other.chooseFile(file(CSV));
    other.setUnmatched('jc25-07');
    await other.commit();
    expect(screen.banks).toEqual([]);
    deliver({ name: 'bank:reloaded', payload: { items: 0 } });
    await vi.waitFor(() => expect(screen.banks.map((b) => [b.file, b.items])).toEqual([['练习.csv', 2]]));
    expect(screen.busy).toBe(false);
    expect(screen.message).toBeNull();
    stop();
    expect(listening).toBe(0);
  });

  it('sends every unmatched chapter of the file to one chapter at once, leaving matched ones alone', async () => {
    const s = new ImportState(await inProcessBackend(), 'jc');
    await s.chooseFile(file(CSV));
    s.setUnmatched('jc25-07');
    expect(s.choices).toEqual({ 个案社会工作: 'jc25-06', 不存在的章: 'jc25-07' });
    expect(s.importable).toBe(2);
    s.setUnmatched(null);
    expect(s.importable).toBe(1);

    // Per row: one item to a chapter of its own, another left out; back to its 章节's choice with undefined.
    const [first, third] = s.preview!.items;
    expect(third!.chapterText).toBe('不存在的章');
    s.setRowChoice(third!.id, 'jc25-07');
    expect(s.importable).toBe(2);
    s.setRowChoice(first!.id, null);
    expect(s.importable).toBe(1);
    s.setRowChoice(first!.id, undefined);
    s.setRowChoice(first!.id, null);
    await s.commit();
    expect(s.message?.text).toBe('已导入 1 题，2 处没有导入。可以在首页的章节里练习。');
  });

  it('shows the main process message for a bad file and for pasted text without items', async () => {
    const s = new ImportState(await inProcessBackend(), 'jc');
    await s.chooseFile(file('not a zip', '坏.xlsx'));
    expect(s.message?.ok).toBe(false);
    expect(s.message?.text).toContain('Excel 文件打不开');
    expect(s.preview).toBeNull();
    await s.pasteText('1.粘贴题（　）\nA.甲\nB.乙\n');
    expect(s.preview).toMatchObject({ itemCount: 0, refused: [{ reason: '没有答案' }] });
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const s = new ImportState(await inProcessBackend(), 'jc');
    await s.chooseFile({ name: '大.xlsx', size: 50 * 1024 * 1024 + 1, arrayBuffer: () => Promise.reject(new Error('read')) });
    expect(s.message).toEqual({ ok: false, text: '文件超过 50 MB，无法导入。请把题库拆成几个文件。' });
  });

  it('reads a sheet of an unknown layout through the columns set', async () => {
    const s = new ImportState(await inProcessBackend(), 'jc');
    await s.chooseFile(file('问,一,二,三,四,对\n映射状态题,甲,乙,丙,丁,C\n', '自编.csv'));
    expect(s.preview?.mappingNeeded?.[0]).toEqual(['问', '一', '二', '三', '四', '对']);
    await s.applyMapping({ headerRow: 0, stem: 0, options: [1, 2, 3, 4], answer: 5 });
    expect(s.preview).toMatchObject({ mappingNeeded: null, itemCount: 1, items: [{ stem: '映射状态题', answer: ['C'] }] });
  });

  it('reads a big file in pieces with a progress bar, and 取消 while reading or analysing writes nothing', async () => {
    const backend = await inProcessBackend();
    let previews = 0;
    let gate: (() => void) | null = null;
    const watched = new Proxy(backend, {
      get(target, key, receiver) {
        if (key === 'import:preview') {
          return async (args: Parameters<(typeof backend)['import:preview']>[0]) => {
            previews++;
            await new Promise<void>((r) => (gate = r));
            // The analysis stopped below is stopped in the main process too: it fails, as the worker's does.
            if (previews === 1) throw new BackendError('REFUSED', '已停止读取，没有导入任何题目。');
            return target['import:preview'](args);
          };
        }
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const s = new ImportState(watched, 'jc');
    const bytes = new TextEncoder().encode(CSV);
    const pieces = [bytes.subarray(0, 40), bytes.subarray(40, 80), bytes.subarray(80)];
    // A file handed over piece by piece, each piece only when the test lets it through.
    const streamed = () => {
      let release: (() => void) | null = null;
      let i = 0;
      const file = {
        name: '大题库.csv',
        size: bytes.length,
        arrayBuffer: () => Promise.reject(new Error('read through the stream')),
        stream: () =>
          new ReadableStream<Uint8Array>({
            async pull(c) {
              await new Promise<void>((r) => (release = r));
              if (i < pieces.length) c.enqueue(pieces[i++]!);
              else c.close();
            },
          }),
      };
      return {
        file,
        next: async () => {
          while (!release) await new Promise((r) => setTimeout(r, 0));
          const r = release as () => void;
          release = null;
          r();
          await new Promise((r) => setTimeout(r, 0));
        },
      };
    };

    // 取消 while reading: the read stops, nothing is sent to be analysed, nothing written.
    const a = streamed();
    const reading = s.chooseFile(a.file);
    await a.next();
    expect(s.progress).toEqual({ phase: 'read', done: 40, total: bytes.length });
    expect(s.busy).toBe(true);
    s.cancel();
    expect(s.progress).toBeNull();
    expect(s.busy).toBe(false);
    expect(s.message).toEqual({ ok: true, text: '已取消，没有导入任何题目。' });
    await a.next();
    await reading;
    expect(previews).toBe(0);
    expect(s.preview).toBeNull();

    // Read to the end, then 取消 while the app analyses it: its preview, when it comes, is dropped.
    const b = streamed();
    const second = s.chooseFile(b.file);
    for (let k = 0; k <= pieces.length; k++) await b.next();
    while (previews < 1) await new Promise((r) => setTimeout(r, 0));
    expect(s.progress).toEqual({ phase: 'parse' });
    s.cancel();
    (gate as unknown as () => void)();
    await second;
    expect(s.preview).toBeNull();
    expect(s.progress).toBeNull();
    expect(s.message?.text).toBe('已取消，没有导入任何题目。');
    await s.loadBanks();
    expect(s.banks).toEqual([]);

    // Not cancelled: the same file previews as a whole.
    const c = streamed();
    const third = s.chooseFile(c.file);
    for (let k = 0; k <= pieces.length; k++) await c.next();
    while (previews < 2) await new Promise((r) => setTimeout(r, 0));
    (gate as unknown as () => void)();
    await third;
    expect(s.preview).toMatchObject({ fileName: '大题库.csv', itemCount: 2, refusedCount: 1 });
    expect(s.progress).toBeNull();
  });

  it('a class bank shows its class and centre; its switch is sent as a class bank; it has no 删除', async () => {
    const row: ImportedBankInfo = {
      bankFile: 'bank-7-0123456789abcdef.json',
      scope: 'class',
      origin: { className: '2026 春季班', centre: '192.168.1.10:7418' },
      subject: 'jc',
      file: '第一章机构题',
      at: 1,
      items: 12,
      unsorted: 0,
      today: false,
    };
    const sent: string[] = [];
    const backend = {
      'import:list': async () => [row],
      'import:setToday': async (a: { scope: string; on: boolean }) => (sent.push(`setToday ${a.scope} ${a.on}`), { today: a.on }),
      'import:remove': async () => (sent.push('remove'), { removed: 0 }),
    } as unknown as Backend;
    const s = new ImportState(backend, 'jc');
    await s.loadBanks();
    expect(M.bankLine(row.file, row.items, row.scope, row.origin)).toBe(
      '第一章机构题 · 12 题 · 班级：2026 春季班 · 培训机构 192.168.1.10:7418',
    );
    await s.setToday(s.banks[0]!, true);
    expect(s.message).toEqual({ ok: true, text: '“第一章机构题”的题目会出现在今日学习里。' });
    await s.remove(s.banks[0]!);
    expect(sent).toEqual(['setToday class true']);
  });
});

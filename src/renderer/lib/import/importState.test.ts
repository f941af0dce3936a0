import { describe, expect, it } from 'vitest';
import { inProcessBackend } from '../../../../test/support/inProcessBackend';
import { ImportState } from './importState.svelte';

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
});

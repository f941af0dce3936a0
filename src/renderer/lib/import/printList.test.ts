import { describe, expect, it } from 'vitest';
import { inProcessBackend } from '../../../../test/support/inProcessBackend';
import { PrintList } from './printList.svelte';

describe('PrintList', () => {
  it('loads the 错题本 rows with key and 解析 for printing', async () => {
    const backend = await inProcessBackend();
    const text = '第六章 个案社会工作服务方法\n1.打印测试题（　）\nA.甲\nB.乙\nC.丙\nD.丁\n答案：B\n解析：乙是对的。';
    await backend['import:commit']({ subject: 'jc', fileName: '讲义.txt', text, chapters: {}, scope: 'learner' });
    const { questions } = await backend['practice:start']({ subject: 'jc', chapter: 'jc25-06' });
    const id = questions.find((q) => q.id.startsWith('imp-'))!.id;
    await backend['practice:answer']({ questionId: id, choice: ['A'], responseMs: 2000 });

    const p = new PrintList(backend, 'mistakes');
    expect(p.loaded).toBe(false);
    await p.load();
    expect(p.error).toBeNull();
    expect(p.rows).toEqual([
      {
        subject: '社会工作综合能力（初级）',
        chapter: '个案社会工作服务方法',
        type: '单选',
        stem: '打印测试题（　）',
        options: 'A. 甲\nB. 乙\nC. 丙\nD. 丁',
        answer: 'B',
        explanation: '乙是对的。',
        source: '导入：讲义.txt',
        note: '',
      },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseText, sectionTypeOf } from './text';

const parse = (t: string) => parseText(t, 'jc');

describe('parseText: numbering, options and answers', () => {
  it.each([
    ['1．', '1．小组的第一次聚会主要做什么？'],
    ['1.', '1.小组的第一次聚会主要做什么？'],
    ['1、', '1、小组的第一次聚会主要做什么？'],
    ['（1）', '（1）小组的第一次聚会主要做什么？'],
  ])('reads numbering %s', (_label, first) => {
    const r = parse(`${first}\nA．相互认识\nB．结束小组\nC．评估成效\nD．跟进服务\n答案：A`);
    expect(r.refused).toEqual([]);
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ stem: '小组的第一次聚会主要做什么？', type: 'single', answer: ['A'], typeSource: 'keys' });
    expect(r.items[0]!.options.map((o) => o.text)).toEqual(['相互认识', '结束小组', '评估成效', '跟进服务']);
    expect(r.items[0]!.source).toEqual({ kind: 'block', line: 1, no: 1 });
  });

  it.each(['A．', 'A、', 'A.', 'A)', 'Ａ．', 'Ａ、'])('reads option marker %s', (mark) => {
    const mk = (l: string) =>
      mark.replace(
        /[AＡ]/,
        l === 'A' ? (mark.startsWith('Ａ') ? 'Ａ' : 'A') : mark.startsWith('Ａ') ? String.fromCodePoint(l.codePointAt(0)! + 0xfee0) : l,
      );
    const r = parse(['1.甲乙丙丁中哪一个是第一个？', `${mk('A')}甲`, `${mk('B')}乙`, `${mk('C')}丙`, `${mk('D')}丁`, '答案：A'].join('\n'));
    expect(r.refused).toEqual([]);
    expect(r.items[0]!.options.map((o) => o.key + o.text).join(' ')).toBe('A甲 B乙 C丙 D丁');
  });

  it('reads options all on one line, and options after the stem on the same line', () => {
    const a = parse('1. 哪一项是示例？\nA.甲项 B.乙项 C.丙项 D.丁项\n答案：C');
    expect(a.items[0]!.options.map((o) => o.text)).toEqual(['甲项', '乙项', '丙项', '丁项']);
    const b = parse('1. 哪一项是示例？（　） A.甲项 B.乙项 C.丙项 D.丁项\n答案：C');
    expect(b.items[0]!.stem).toBe('哪一项是示例？（　）');
    expect(b.items[0]!.options).toHaveLength(4);
    const c = parse('1. 哪一项是示例？\nA.甲项    B.乙项\nC.丙项    D.丁项\n答案：B');
    expect(c.items[0]!.options.map((o) => o.text)).toEqual(['甲项', '乙项', '丙项', '丁项']);
  });

  it.each(['【答案】B', '答案：B', '正确答案：B', '参考答案：B', '答案:B', '【参考答案】B'])('reads answer marker %s', (ans) => {
    const r = parse(`1.示例题干\nA.一\nB.二\nC.三\nD.四\n${ans}`);
    expect(r.items[0]!.answer).toEqual(['B']);
  });

  it.each(['ABD', 'A、B、D', 'A,B,D', 'A B D', 'ＡＢＤ', 'abd', 'DBA'])('reads key spelling %s as a multiple item', (key) => {
    const r = parse(`1.示例多选题干\nA.一\nB.二\nC.三\nD.四\nE.五\n答案：${key}`);
    expect(r.refused).toEqual([]);
    expect(r.items[0]).toMatchObject({ type: 'multiple', answer: ['A', 'B', 'D'], typeSource: 'keys' });
  });

  it.each(['【解析】', '解析：', '答案解析：', '【分析】', '【详解】'])('reads explanation marker %s, over several lines', (mark) => {
    const r = parse(`1.示例题干\nA.一\nB.二\nC.三\nD.四\n答案：A\n${mark}第一行说明。\n第二行说明。`);
    expect(r.items[0]!.explanation).toBe('第一行说明。\n第二行说明。');
  });

  it('reads an answer and an explanation on one line', () => {
    const r = parse('1.示例题干\nA.一\nB.二\nC.三\nD.四\n答案：A 解析：因为一。');
    expect(r.items[0]).toMatchObject({ answer: ['A'], explanation: '因为一。' });
  });

  it('takes a key embedded in the stem out of the stem', () => {
    const r = parse('1.下列属于示例的有（ABD）。\nA.一\nB.二\nC.三\nD.四\nE.五');
    expect(r.refused).toEqual([]);
    expect(r.items[0]).toMatchObject({ stem: '下列属于示例的有（　）。', answer: ['A', 'B', 'D'], type: 'multiple' });
    const half = parse('1.下列属于示例的是(C)\nA.一\nB.二\nC.三\nD.四');
    expect(half.items[0]).toMatchObject({ stem: '下列属于示例的是（　）', answer: ['C'] });
  });

  it('refuses an embedded key that disagrees with the answer line', () => {
    const r = parse('1.下列属于示例的是（A）\nA.一\nB.二\nC.三\nD.四\n答案：B');
    expect(r.items).toEqual([]);
    expect(r.refused[0]!.reason).toBe('题干括号里的答案（A）和答案行（B）不一致');
  });

  it('does not take a bare A、B in a stem as options, nor a parenthesised letter that is not an option', () => {
    const r = parse('1.小组分为A、B两组，A组先发言，这体现了（　）。\nA.轮流原则\nB.随机原则\nC.自愿原则\nD.保密原则\n答案：A');
    expect(r.items[0]!.stem).toBe('小组分为A、B两组，A组先发言，这体现了（　）。');
    expect(r.items[0]!.options.map((o) => o.text)).toEqual(['轮流原则', '随机原则', '自愿原则', '保密原则']);
    const line = parse('1.\nA、B两组中哪一组先发言？\nA.甲组\nB.乙组\nC.丙组\nD.丁组\n答案：B');
    expect(line.items[0]!.stem).toBe('A、B两组中哪一组先发言？');
    const notKey = parse('1.下列说法（F）正确的是\nA.一\nB.二\nC.三\nD.四');
    expect(notKey.items).toEqual([]);
    expect(notKey.refused[0]!.reason).toBe('没有答案');
  });

  it('treats a numbered line inside an explanation as explanation text, and the next number as the next item', () => {
    const r = parse(
      '3.题干三\nA.一\nB.二\nC.三\nD.四\n答案：A\n解析：\n1.第一点理由\n2.第二点理由\n4.题干四\nA.一\nB.二\nC.三\nD.四\n答案：B',
    );
    expect(r.items.map((i) => i.stem)).toEqual(['题干三', '题干四']);
    expect(r.items[0]!.explanation).toBe('1.第一点理由\n2.第二点理由');
  });
});

describe('parseText: sections, judgement items and answer lists', () => {
  it('lets section headers set the type and never takes them as items', () => {
    const r = parse(
      [
        '2026 年示例练习（测试数据）',
        '一、单项选择题（每题 1 分）',
        '1.单选示例',
        'A.一',
        'B.二',
        'C.三',
        'D.四',
        '答案：A',
        '二、多项选择题（每题 2 分）',
        '1.多选示例',
        'A.一',
        'B.二',
        'C.三',
        'D.四',
        'E.五',
        '答案：AC',
      ].join('\n'),
    );
    expect(r.refused).toEqual([]);
    expect(r.items.map((i) => [i.type, i.typeSource])).toEqual([
      ['single', 'section'],
      ['multiple', 'section'],
    ]);
  });

  it('refuses 单选 with several keys and 多选 with one, under their sections', () => {
    const r = parse(
      '一、单项选择题\n1.单选示例\nA.一\nB.二\nC.三\nD.四\n答案：AB\n二、多项选择题\n1.多选示例\nA.一\nB.二\nC.三\nD.四\nE.五\n答案：A',
    );
    expect(r.items).toEqual([]);
    expect(r.refused.map((x) => x.reason)).toEqual(['单选题却有 2 个答案（AB）', '多选题只有 1 个答案（A），请检查答案或题型']);
  });

  it('reads 判断题 as two-option single items', () => {
    const r = parse('三、判断题\n1.示例判断一。\n答案：√\n2.示例判断二。\n答案：错\n3.示例判断三（×）\n4.示例判断四\n答案：对错');
    expect(r.items.map((i) => [i.judge, i.type, i.answer[0], i.options.map((o) => o.text).join('/')])).toEqual([
      [true, 'single', 'A', '正确/错误'],
      [true, 'single', 'B', '正确/错误'],
      [true, 'single', 'B', '正确/错误'],
    ]);
    expect(r.refused.map((x) => x.reason)).toEqual(['判断题的答案应写 对 或 错（现在是“对错”）']);
  });

  it('reads an answer list at the end, and refuses items it disagrees with', () => {
    const r = parse(
      '1.题一\nA.一\nB.二\nC.三\nD.四\n2.题二\nA.一\nB.二\nC.三\nD.四\n3.题三\nA.一\nB.二\nC.三\nD.四\n答案：A\n\n参考答案\n1.B 2.C\n3.D',
    );
    expect(r.items.map((i) => i.answer.join(''))).toEqual(['B', 'C']);
    expect(r.refused.map((x) => x.reason)).toEqual(['末尾答案表里第 3 题的答案和题中写的不一致']);
  });

  it('matches a sectioned answer list to sectioned items, numbering restarting in each section', () => {
    const text = [
      '一、单项选择题',
      '1.单选一',
      'A.一',
      'B.二',
      'C.三',
      'D.四',
      '二、多项选择题',
      '1.多选一',
      'A.一',
      'B.二',
      'C.三',
      'D.四',
      'E.五',
      '参考答案',
      '一、单项选择题',
      '1.D',
      '二、多项选择题',
      '1.BCE',
    ].join('\n');
    const r = parse(text);
    expect(r.refused).toEqual([]);
    expect(r.items.map((i) => i.answer.join(''))).toEqual(['D', 'BCE']);
    const unsectioned = parse(text.replace('参考答案\n一、单项选择题\n1.D\n二、多项选择题\n1.BCE', '参考答案 1.D 1.BCE'));
    expect(unsectioned.items).toEqual([]);
    expect(unsectioned.refused[0]!.reason).toContain('答案表的题号有重复');
  });

  it('refuses what it cannot read, each with a reason and where it is', () => {
    const r = parse(
      '1.没有答案的题\nA.一\nB.二\nC.三\nD.四\n2.答案不是选项\nA.一\nB.二\nC.三\nD.四\n答案：F\n3.没有选项\n答案：A\n4.\nA.一\nB.二\n答案：A\n5.选项重复\nA.一\nB.一\n答案：A',
    );
    expect(r.items).toEqual([]);
    expect(r.refused.map((x) => [x.source.no, x.reason])).toEqual([
      [1, '没有答案'],
      [2, '答案 F 不是选项'],
      [3, '没有选项'],
      [4, '没有题干'],
      [5, '选项内容重复'],
    ]);
  });

  it('refuses items under a section of a type it does not import', () => {
    const r = parse('四、简答题\n1.请简述示例。\n答案：示例答案');
    expect(r.refused[0]!.reason).toBe('不支持的题型“简答题”（只能导入单选、多选和判断题）');
  });

  it('takes 第N章 headings as the chapter of the items under them', () => {
    const r = parse('第六章 个案社会工作服务方法\n1.题一\nA.一\nB.二\nC.三\nD.四\n答案：A');
    expect(r.items[0]!.chapterText).toBe('第六章 个案社会工作服务方法');
  });

  it('recognises section headers', () => {
    expect(sectionTypeOf('一、单项选择题（每题1分，共60分）')).toBe('单项选择题');
    expect(sectionTypeOf('二、多项选择题')).toBe('多项选择题');
    expect(sectionTypeOf('判断题')).toBe('判断题');
    expect(sectionTypeOf('一、社区工作')).toBeUndefined();
    expect(sectionTypeOf('1.单项选择题')).toBeUndefined();
  });

  it('gives the same id to the same item however it is spaced, and different ids to different items', () => {
    const a = parse('1.示例 题干\nA.一\nB.二\nC.三\nD.四\n答案：A').items[0]!;
    const b = parse('7、示例题干\nＡ．一\nＢ．二\nＣ．三\nＤ．四\n【答案】A').items[0]!;
    const c = parse('1.示例题干\nA.一\nB.二\nC.三\nD.五\n答案：A').items[0]!;
    expect(a.id).toBe(b.id);
    expect(a.id).not.toBe(c.id);
    expect(a.id).toMatch(/^imp-jc-[0-9a-z]{22}$/);
  });
});

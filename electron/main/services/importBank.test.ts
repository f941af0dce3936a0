import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { predictObjectiveScore, type ObjectivePaper } from '@core/report/predictScore';
import type { Report } from '@shared/ipc/contract';
import type { ImportPreview } from '@shared/ipc/contract/import';
import { singleItemForTesting } from '../../../test/support/bankFixtures';
import { openForTesting } from '../../../test/support/openForTesting';
import { questionsDirForTesting, tempDataDir } from '../../../test/support/questionsDirForTesting';

// Test data only: items written for this test.
const CSV = [
  '示例机构练习（测试数据）,,,,,,,,',
  '题干,题型,选项A,选项B,选项C,选项D,正确答案,解析,章节',
  '导入示例题一,单选题,甲,乙,丙,丁,B,乙是对的。,个案社会工作服务方法',
  '导入示例题二,多选题,甲,乙,丙,丁,AC,,第六章',
  '导入示例题三,单选题,甲,乙,丙,丁,,,个案社会工作服务方法',
  '导入示例题四,单选题,甲,乙,丙,丁,F,,个案社会工作服务方法',
  '导入示例题五,单选题,甲,乙,丙,丁,A,,行政管理学',
].join('\r\n');
const data = Buffer.from(CSV, 'utf8').toString('base64');
const input = { subject: 'jc', fileName: '机构练习.csv', data };

async function open(dataDir = tempDataDir(), questionsDir = questionsDirForTesting()) {
  return { app: await openForTesting({ dataDir, questionsDir, now: 1_800_000_000_000 }), dataDir, questionsDir };
}

const banksDir = (dataDir: string) => join(dataDir, 'learners', 'default', 'imported-banks');

describe('import service', () => {
  it('previews without writing, imports only valid items with confirmed chapters, and adds nothing twice', async () => {
    const { app, dataDir, questionsDir } = await open();
    const p = await app.call<ImportPreview>('import:preview', input);
    expect(p.layout).toBe('kaoshibao');
    expect(p.itemCount).toBe(3);
    expect(p.refused.map((r) => [r.where, r.reason])).toEqual([
      ['第 5 行', '没有答案'],
      ['第 6 行', '答案 F 不是选项'],
    ]);
    expect(p.chapters.map((c) => [c.text, c.kind, c.chapterId])).toEqual([
      ['个案社会工作服务方法', 'exact', 'jc25-06'],
      ['第六章', 'close', 'jc25-06'],
      ['行政管理学', 'none', null],
    ]);
    expect(existsSync(banksDir(dataDir))).toBe(false);

    // The close match is confirmed; the unmatched chapter is left: that item is not imported.
    const done = await app.call<{ added: number; skipped: number; bankFile: string }>('import:commit', {
      ...input,
      chapters: { 第六章: 'jc25-06' },
      scope: 'learner',
    });
    expect(done).toMatchObject({ added: 2, skipped: 3 });
    const written = JSON.parse(readFileSync(join(banksDir(dataDir), done.bankFile), 'utf8')) as { items: { id: string }[] };
    expect(written.items).toHaveLength(2);

    const { questions } = await app.call<{ questions: { id: string }[] }>('practice:start', { subject: 'jc', chapter: 'jc25-06' });
    const imported = questions.map((q) => q.id).filter((id) => id.startsWith('imp-'));
    expect(imported).toHaveLength(2);
    const single = written.items.find((i) => imported.includes(i.id))!.id;
    const fb = await app.call<{ correct: boolean; imported?: { file: string }; basis: string; review?: unknown }>('practice:answer', {
      questionId: single,
      choice: ['D'],
      responseMs: 5000,
    });
    expect(fb.correct).toBe(false);
    expect(fb.imported).toEqual({ file: '机构练习.csv', scope: 'learner' });
    expect(fb.review).toBeUndefined();
    expect(fb.basis).toContain('机构练习.csv');
    const mistakes = await app.call<{ id: string }[]>('mistakes:list', {});
    expect(mistakes.map((m) => m.id)).toContain(single);

    const again = await app.call<ImportPreview>('import:preview', input);
    expect(again.itemCount).toBe(1);
    expect(again.refused.filter((r) => r.reason === '和已有题目重复（已经导入过）')).toHaveLength(2);
    await expect(app.call('import:commit', { ...input, chapters: {}, scope: 'learner' })).rejects.toThrow('章节对不上');
    expect(readdirSync(banksDir(dataDir))).toHaveLength(1);

    // Read again at the next start, validated as every bank is.
    await app.dispose();
    const reopened = await openForTesting({ dataDir, questionsDir, now: 1_800_000_100_000 });
    expect(reopened.services.bank.item(single)).toMatchObject({ imported: { file: '机构练习.csv' } });
    const list = await reopened.call<{ bankFile: string; items: number }[]>('import:list');
    expect(list).toEqual([
      {
        bankFile: done.bankFile,
        scope: 'learner',
        subject: 'jc',
        file: '机构练习.csv',
        at: 1_800_000_000_000,
        items: 2,
        unsorted: 0,
        today: false,
      },
    ]);

    // Removing the bank keeps the answers in the log; the items count as 已删除 (not 已下架: no bank update withdrew them).
    await reopened.call('collections:setFavourite', { questionId: single, on: true });
    expect(await reopened.call('import:remove', { bankFile: done.bankFile, scope: 'learner' })).toEqual({ removed: 2 });
    expect(reopened.services.bank.item(single)).toBeUndefined();
    expect(await reopened.call('collections:withdrawn')).toEqual({ mistakes: 0, favourites: 0, deleted: { mistakes: 1, favourites: 1 } });
    expect(reopened.services.answers.model().questions.has(single)).toBe(true);
    await reopened.dispose();
  });

  it('skips an imported bank file that was tampered with, item by item, and reports it', async () => {
    const { app, dataDir, questionsDir } = await open();
    const done = await app.call<{ bankFile: string }>('import:commit', { ...input, chapters: { 第六章: 'jc25-06' }, scope: 'learner' });
    await app.dispose();
    const file = join(banksDir(dataDir), done.bankFile);
    const json = JSON.parse(readFileSync(file, 'utf8')) as { items: { answer: string[] }[] };
    json.items[0]!.answer = ['E'];
    writeFileSync(file, JSON.stringify(json));
    const again = await openForTesting({ dataDir, questionsDir, now: 1_800_000_000_000 });
    expect(again.services.bankSources).toMatchObject({ learnerFiles: 1, learnerItems: 1 });
    expect(again.services.bank.problems.map((p) => [p.file, p.field])).toEqual([[`我的题库/${done.bankFile}`, 'answer']]);
    await again.dispose();
  });

  it('says what is wrong with a bad file and writes nothing', async () => {
    const { app, dataDir } = await open();
    const bad = { subject: 'jc', fileName: '坏.xlsx', data: Buffer.from('not a zip').toString('base64') };
    await expect(app.call('import:preview', bad)).rejects.toThrow('Excel 文件打不开');
    await expect(app.call('import:commit', { ...bad, chapters: {}, scope: 'learner' })).rejects.toThrow('Excel 文件打不开');
    await expect(
      app.call('import:preview', { subject: 'jc', fileName: '库.json', data: Buffer.from('{}').toString('base64') }),
    ).rejects.toThrow('不是本软件的题库格式');
    await expect(
      app.call('import:preview', { subject: 'jc', fileName: '库.json', data: Buffer.from('{"items":').toString('base64') }),
    ).rejects.toThrow('不是有效的题库文件');
    expect(existsSync(banksDir(dataDir))).toBe(false);
    await app.dispose();
  });

  it('imports pasted text, keeps imported items out of the official-blueprint mock, and counts them 已删除 in a custom paper once removed', async () => {
    const { app } = await open();
    const text = '第六章 个案社会工作服务方法\n1.粘贴示例题（　）\nA.甲\nB.乙\nC.丙\nD.丁\n答案：C';
    const p = await app.call<ImportPreview>('import:preview', { subject: 'jc', fileName: '粘贴的文字', text });
    expect(p).toMatchObject({ itemCount: 1, layout: 'text', chapters: [{ kind: 'exact', chapterId: 'jc25-06' }] });
    expect(await app.call('import:commit', { subject: 'jc', fileName: '粘贴的文字', text, chapters: {}, scope: 'learner' })).toMatchObject({
      added: 1,
    });
    const opts = await app.call<{ available: Record<string, number> }>('exam:options', { subject: 'jc' });
    expect(opts.available.single).toBe(2);

    // A custom paper (the learner's choice) draws imported items too; once their bank is removed, the result says
    // that item is 已删除, not 已下架.
    const exam = await app.call<{ id: string }>('exam:start', { subject: 'jc', custom: { counts: { single: 3 }, minutes: 10 } });
    await app.call('exam:submit', { id: exam.id });
    expect(await app.call('exam:result', { id: exam.id })).toMatchObject({ withdrawn: 0, deleted: 0 });
    const [bank] = await app.call<{ bankFile: string }[]>('import:list');
    await app.call('import:remove', { bankFile: bank!.bankFile, scope: 'learner' });
    expect(await app.call('exam:result', { id: exam.id })).toMatchObject({ withdrawn: 0, deleted: 1 });
    await app.dispose();
  });

  it('needs the administrator PIN to import into the centre folder', async () => {
    const { app, dataDir } = await open();
    await app.call('admin:setPin', { next: '2468' });
    await expect(app.call('import:commit', { ...input, chapters: {}, scope: 'centre' })).rejects.toThrow('FORBIDDEN');
    const ok = await app.call<{ bankFile: string }>('import:commit', { ...input, chapters: {}, scope: 'centre', adminPin: '2468' });
    expect(existsSync(join(dataDir, 'centre-banks', ok.bankFile))).toBe(true);
    expect(app.services.bankSources.centreItems).toBe(1);
    await app.dispose();
  });

  it('asks for the columns of an unknown layout, reads through them, and remembers them for the next file with that header', async () => {
    const { app } = await open();
    const odd = (stem: string) => `问题,甲项,乙项,丙项,丁项,对的是,所属\n${stem},一,二,三,四,B,个案社会工作服务方法\n`;
    const file = (stem: string) => ({ subject: 'jc', fileName: '自编.csv', data: Buffer.from(odd(stem)).toString('base64') });
    const first = await app.call<ImportPreview>('import:preview', file('映射测试题一'));
    expect(first.itemCount).toBe(0);
    expect(first.mappingNeeded?.[0]).toEqual(['问题', '甲项', '乙项', '丙项', '丁项', '对的是', '所属']);
    const mapping = { headerRow: 0, stem: 0, options: [1, 2, 3, 4], answer: 5, chapter: 6 };
    const mapped = await app.call<ImportPreview>('import:preview', { ...file('映射测试题一'), mapping });
    expect(mapped).toMatchObject({ itemCount: 1, layout: 'custom', mappingNeeded: null, items: [{ stem: '映射测试题一', answer: ['B'] }] });
    await app.call('import:commit', { ...file('映射测试题一'), mapping, chapters: {}, scope: 'learner' });
    const next = await app.call<ImportPreview>('import:preview', file('映射测试题二'));
    expect(next).toMatchObject({ itemCount: 1, mappingNeeded: null, mapping, items: [{ stem: '映射测试题二' }] });
    await app.dispose();
  });

  it('sends items whose chapter matches no syllabus chapter to 未分章: listed, practised, in 今日学习 when on, a report row', async () => {
    const { app, dataDir } = await open();
    await app.call('settings:update', { level: 'junior', dailyNewOverride: 500 });
    const done = await app.call<{ added: number; skipped: number; bankFile: string }>('import:commit', {
      ...input,
      chapters: { 第六章: 'jc25-06', 行政管理学: 'jc-unsorted' },
      scope: 'learner',
    });
    expect(done).toMatchObject({ added: 3, skipped: 2 });
    const written = JSON.parse(readFileSync(join(banksDir(dataDir), done.bankFile), 'utf8')) as {
      items: { id: string; chapter: string }[];
    };
    const unsorted = written.items.filter((i) => i.chapter === 'jc-unsorted').map((i) => i.id);
    expect(unsorted).toHaveLength(1);
    expect(await app.call('import:list')).toMatchObject([{ items: 3, unsorted: 1 }]);

    // Listed after the syllabus chapters, as 未分章 (numbered 0).
    const overview = await app.call<{ id: string; chapters: { id: string; no: number; title: string; single: number }[] }[]>(
      'catalog:overview',
      { level: 'junior' },
    );
    expect(overview.find((x) => x.id === 'jc')!.chapters.at(-1)).toMatchObject({ id: 'jc-unsorted', no: 0, title: '未分章', single: 1 });
    expect(overview.find((x) => x.id === 'jp')!.chapters.some((c) => c.id === 'jp-unsorted')).toBe(false);

    const { questions } = await app.call<{ questions: { id: string }[] }>('practice:start', { subject: 'jc', chapter: 'jc-unsorted' });
    expect(questions.map((q) => q.id)).toEqual(unsorted);
    const todayIds = async () => (await app.call<{ questions: { id: string }[] }>('today:start')).questions.map((q) => q.id);
    expect(await todayIds()).not.toContain(unsorted[0]);
    await app.call('import:setToday', { bankFile: done.bankFile, scope: 'learner', on: true });
    expect(await todayIds()).toContain(unsorted[0]);

    const before = (await app.call<Report>('report:get')).subjects.find((x) => x.id === 'jc')!;
    await app.call('practice:answer', { questionId: unsorted[0], choice: ['A'], responseMs: 5000 });
    const r = await app.call<Report>('report:get');
    // A row of its own, counted in the subject's totals, left out of the predicted score (no exam chapter).
    expect(r.chapters.find((c) => c.id === 'jc-unsorted')).toMatchObject({ subject: 'jc', title: '未分章', total: 1, seen: 1 });
    const jc = r.subjects.find((x) => x.id === 'jc')!;
    expect(jc).toMatchObject({ itemsTotal: before.itemsTotal, itemsDone: before.itemsDone + 1 });
    expect(jc.predicted).toBe(predictObjectiveScore(app.services.bank.subject('jc')!.def.blueprint as ObjectivePaper, []));
    await app.dispose();
  });

  it('refuses 未分章 of another subject', async () => {
    const { app } = await open();
    await expect(
      app.call('import:commit', { ...input, chapters: { 第六章: 'jc25-06', 行政管理学: 'jp-unsorted' }, scope: 'learner' }),
    ).rejects.toThrow('jp-unsorted');
    await app.dispose();
  });

  it('keeps imported items out of 今日学习 until their bank is switched on, per learner', async () => {
    const { app, dataDir } = await open();
    await app.call('settings:update', { level: 'junior', dailyNewOverride: 500 });
    const before = await app.call<{ unintroduced: number }>('today:plan');
    const done = await app.call<{ bankFile: string }>('import:commit', { ...input, chapters: { 第六章: 'jc25-06' }, scope: 'learner' });
    const todayIds = async () => (await app.call<{ questions: { id: string }[] }>('today:start')).questions.map((q) => q.id);
    expect(await app.call<{ unintroduced: number }>('today:plan')).toMatchObject({ unintroduced: before.unintroduced });
    expect((await todayIds()).filter((id) => id.startsWith('imp-'))).toEqual([]);

    expect(await app.call('import:setToday', { bankFile: done.bankFile, scope: 'learner', on: true })).toEqual({ today: true });
    expect(await app.call<{ today: boolean }[]>('import:list')).toMatchObject([{ today: true }]);
    expect(await app.call<{ unintroduced: number }>('today:plan')).toMatchObject({ unintroduced: before.unintroduced + 2 });
    expect((await todayIds()).filter((id) => id.startsWith('imp-'))).toHaveLength(2);
    expect(JSON.parse(readFileSync(join(dataDir, 'learners', 'default', 'import-today.json'), 'utf8'))).toEqual({
      version: 1,
      banks: [`我的题库/${done.bankFile}`],
    });

    await app.call('import:setToday', { bankFile: done.bankFile, scope: 'learner', on: false });
    expect((await todayIds()).filter((id) => id.startsWith('imp-'))).toEqual([]);
    await expect(app.call('import:setToday', { bankFile: 'nope.json', scope: 'learner', on: true })).rejects.toThrow();
    await app.dispose();
  });

  it("imports our own JSON bank format through the same schemas, refusing invalid items with the validator's reason", async () => {
    const { app } = await open();
    const bank = {
      bankVersion: 1,
      subject: 'jc',
      items: [
        singleItemForTesting({ id: 'jc25-06-101', stem: 'JSON 导入示例题（　）。' }),
        singleItemForTesting({ id: 'jc25-06-102', stem: 'JSON 导入示例题：答案不是选项（　）。', answer: ['F'] }),
      ],
    };
    const file = { subject: 'jc', fileName: '本软件格式.json', data: Buffer.from(JSON.stringify(bank)).toString('base64') };
    const p = await app.call<ImportPreview>('import:preview', file);
    expect(p).toMatchObject({ layout: 'json', itemCount: 1, refusedCount: 1, chapters: [{ text: 'jc25-06', kind: 'exact' }] });
    expect(p.refused[0]).toMatchObject({ where: 'items 里第 2 题' });
    expect(p.refused[0]!.reason).toMatch(/^answer/);
    expect(await app.call('import:commit', { ...file, chapters: {}, scope: 'learner' })).toMatchObject({ added: 1 });
    await expect(app.call('import:preview', { ...file, subject: 'mc' })).rejects.toThrow('另一个科目（jc）');
    await app.dispose();
  });
});

import { ExportedExam } from '@shared/progressFile';
import { createHash } from 'node:crypto';
import { openForTesting } from '../../../test/support/openForTesting';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { questionsDirForTesting } from '../../../test/support/questionsDirForTesting';

import { DAY } from '@core/srs/calendar';
const q = questionsDirForTesting();

async function machine(t0: number) {
  let now = t0;
  const app = await openForTesting({ questionsDir: q, now: () => now, learner: undefined });
  return { s: app.services, call: app.call, tick: (ms: number) => (now += ms) };
}

const T0 = Date.UTC(2026, 10, 1, 12);

describe('moving progress between the lab and home', () => {
  it('merges another machine’s history without duplicates, recomputes cards, keeps both machines’ exams, and a second import changes nothing', async () => {
    const lab = await machine(T0);
    await lab.call('profiles:create', { name: '王芳', level: 'junior' });
    await lab.call('practice:answer', { questionId: 'jc25-06-001', choice: ['C'], responseMs: 1000, mode: 'today' });
    lab.tick(DAY);
    await lab.call('practice:answer', { questionId: 'jc25-06-002', choice: ['A'], responseMs: 1000, mode: 'today' });
    await lab.call('collections:setFavourite', { questionId: 'jc25-06-003', on: true });
    const labExam = await lab.call<{ id: string }>('exam:start', { subject: 'jc', custom: { counts: { single: 1 }, minutes: 5 } });
    await lab.call('exam:submit', { id: labExam.id });
    const file = await lab.call<{ fileName: string; content: string }>('transfer:export');
    expect(file.fileName).toMatch(/^社工路学习进度-王芳-2026-11-02\.json$/);

    const home = await machine(T0 + 3 * DAY);
    await home.call('profiles:create', { name: '王芳', level: 'junior' });
    await home.call('practice:answer', { questionId: 'jc25-06-003', choice: ['A'], responseMs: 1000, mode: 'today' });
    const homeExam = await home.call<{ id: string }>('exam:start', { subject: 'jc', custom: { counts: { single: 1 }, minutes: 5 } });
    await home.call('exam:submit', { id: homeExam.id });

    const added = await home.call('transfer:import', { content: file.content });
    expect(added).toMatchObject({ reviews: 2, exams: 1, favourites: 1 }); // the lab's two answers (its exam was left blank)
    const history = await home.s.answers.history();
    expect(history).toHaveLength(3);
    expect((await home.call<unknown[]>('exam:history')).length).toBe(2);
    // Cards come from the merged log, in time order: the lab's first answer is a scheduled review.
    expect(home.s.answers.model().questions.get('jc25-06-001')!.card!.reps).toBe(1);
    expect(await home.call('collections:favourites')).toHaveLength(1);

    expect(await home.call('transfer:import', { content: file.content })).toEqual({
      reviews: 0,
      exams: 0,
      caseAttempts: 0,
      favourites: 0,
      notes: 0,
      weights: false,
    });
    expect(await home.s.answers.history()).toHaveLength(3);
  });

  it('carries mock exams in its own format: the storage version is not in the file, so a storage bump never breaks an old export', async () => {
    const lab = await machine(T0);
    await lab.call('profiles:create', { name: '李明', level: 'junior' });
    const exam = await lab.call<{ id: string }>('exam:start', { subject: 'jc', custom: { counts: { single: 1 }, minutes: 5 } });
    await lab.call('exam:submit', { id: exam.id });
    const file = JSON.parse((await lab.call<{ content: string }>('transfer:export')).content) as {
      sha256: string;
      data: { exams: Record<string, unknown>[] };
    };
    expect(file.data.exams).toHaveLength(1);
    expect(file.data.exams[0]).not.toHaveProperty('version');
    // A file written when the stored sitting was another version still carries the same fields and imports.
    file.data.exams[0]!['version'] = 7;
    file.sha256 = createHash('sha256').update(JSON.stringify(file.data)).digest('hex');
    const home = await machine(T0 + DAY);
    await home.call('profiles:create', { name: '李明', level: 'junior' });
    expect(await home.call('transfer:import', { content: JSON.stringify(file) })).toMatchObject({ exams: 1 });
    expect(home.s.exams.get(exam.id)).toMatchObject({ id: exam.id, version: 2, form: 'computer', submittedAt: expect.any(Number) });
  });

  it('exports a 纸笔考试 sitting in exactly the same shape as a 机考 one: the form stays on this machine', async () => {
    const lab = await machine(T0);
    await lab.call('profiles:create', { name: '李明', level: 'junior' });
    const paper = await lab.call<{ id: string; form: string }>('exam:start', {
      subject: 'jc',
      form: 'paper',
      custom: { counts: { single: 1 }, minutes: 5 },
    });
    expect(paper.form).toBe('paper');
    await lab.call('exam:submit', { id: paper.id });
    lab.tick(60_000);
    const computer = await lab.call<{ id: string }>('exam:start', { subject: 'jc', custom: { counts: { single: 1 }, minutes: 5 } });
    await lab.call('exam:submit', { id: computer.id });
    const file = JSON.parse((await lab.call<{ content: string }>('transfer:export')).content) as {
      data: { exams: Record<string, unknown>[] };
    };
    const keys = file.data.exams.map((e) => Object.keys(e).sort());
    expect(keys).toHaveLength(2);
    expect(keys[0]).toEqual(keys[1]);
    expect(keys[0]).not.toContain('form');
    expect(keys[0]).toEqual(Object.keys(ExportedExam.shape).sort());
  });

  it.each([
    ['not JSON', 'PK\u0003\u0004 zip', /不是社工路的学习进度文件/],
    ['foreign JSON', JSON.stringify({ hello: 'world' }), /不是社工路的学习进度文件/],
  ])('refuses a %s file and changes nothing', async (_kind, content, message) => {
    const m = await machine(T0);
    await m.call('profiles:create', { name: '李明', level: 'junior' });
    await m.call('practice:answer', { questionId: 'jc25-06-001', choice: ['C'], responseMs: 1 });
    await expect(m.call('transfer:import', { content })).rejects.toThrow(message);
    expect(await m.s.answers.history()).toHaveLength(1);
  });

  it('refuses a damaged file (checksum) and a file from a newer app, changing nothing', async () => {
    const a = await machine(T0);
    await a.call('profiles:create', { name: '甲', level: 'junior' });
    await a.call('practice:answer', { questionId: 'jc25-06-001', choice: ['C'], responseMs: 1 });
    const { content } = await a.call<{ content: string }>('transfer:export');
    const b = await machine(T0);
    await b.call('profiles:create', { name: '乙', level: 'junior' });
    await expect(b.call('transfer:import', { content: content.replace('"choice":["C"]', '"choice":["D"]') })).rejects.toThrow(/已损坏/);
    await expect(b.call('transfer:import', { content: content.slice(0, content.length / 2) })).rejects.toThrow(
      /不完整（可能复制到一半就中断了）/,
    );
    await expect(b.call('transfer:import', { content: '学员,科目\n王芳,综合能力' })).rejects.toThrow(/不是社工路的学习进度文件/);
    // Another learner's file: asks first, and merges only when confirmed.
    await expect(b.call('transfer:import', { content })).rejects.toThrow(/NEEDS_CONFIRM: 这个文件是学员“甲”的学习进度，而现在打开的是“乙”/);
    expect(await b.s.answers.history()).toEqual([]);
    expect(await b.call('transfer:import', { content, acceptOtherLearner: true })).toMatchObject({ reviews: 1 });
    await b.call('profiles:create', { name: '丙', level: 'junior' });
    await expect(b.call('transfer:import', { content: content.replace('"version":1', '"version":9') })).rejects.toThrow(/更新版本/);
    expect(await b.s.answers.history()).toEqual([]);
  });
});

describe('fitted review parameters', () => {
  it('travel with the progress file: the newer fit is taken over, an older one is not', async () => {
    const lab = await machine(T0);
    await lab.call('profiles:create', { name: '王芳', level: 'junior' });
    await lab.call('practice:answer', { questionId: 'jc25-06-001', choice: ['C'], responseMs: 1 });
    const fitted = {
      weights: [0.3, 1.2, 3.1, 15.7, 7.2, 0.53, 1.5, 0.006, 1.5, 0.12, 1.0, 1.9, 0.11, 0.29, 2.3, 0.23, 3.0, 0.5, 0.66, 0.1, 0.2],
      optimizedAt: T0 + 1,
      reviewsUsed: 1200,
    };
    await lab.s.srsParams.set(fitted);
    const { content } = await lab.call<{ content: string }>('transfer:export');

    const home = await machine(T0 + DAY);
    await home.call('profiles:create', { name: '王芳', level: 'junior' });
    expect(await home.call('transfer:import', { content })).toMatchObject({ reviews: 1, weights: true });
    expect(home.s.srsParams.get()).toEqual(fitted);
    expect(home.s.answers.model().questions.get('jc25-06-001')).toMatchObject({ attempts: 1 });

    // A machine with a newer fit of its own keeps it.
    const other = await machine(T0 + DAY);
    await other.call('profiles:create', { name: '王芳', level: 'junior' });
    const own = { ...fitted, weights: fitted.weights.map((w) => w * 1.01), optimizedAt: T0 + 5 };
    await other.s.srsParams.set(own);
    expect(await other.call('transfer:import', { content })).toMatchObject({ weights: false });
    expect(other.s.srsParams.get()).toEqual(own);
  });

  it('weights outside the scheduler’s own bounds are not taken over (issue 12), nor answers dated past year 9999', async () => {
    const lab = await machine(T0);
    await lab.call('profiles:create', { name: '王芳', level: 'junior' });
    await lab.call('practice:answer', { questionId: 'jc25-06-001', choice: ['C'], responseMs: 1 });
    // Finite and of the right length, but w[0] (initial stability) of 1e6 days is beyond ts-fsrs's clamp.
    await lab.s.srsParams.set({ weights: [1e6, ...Array(20).fill(0.5)], optimizedAt: T0 + 1, reviewsUsed: 1200 });
    const { content } = await lab.call<{ content: string }>('transfer:export');
    const home = await machine(T0 + DAY);
    await home.call('profiles:create', { name: '王芳', level: 'junior' });
    expect(await home.call('transfer:import', { content })).toMatchObject({ weights: false });
    expect(home.s.srsParams.get().weights).toBeNull();

    const { AnswerRecord } = await import('@shared/records');
    expect(
      AnswerRecord.safeParse({
        questionId: 'q',
        at: Date.UTC(10000, 0, 1),
        choice: [],
        correct: true,
        score: 1,
        responseMs: 0,
        mode: 'practice',
      }).success,
    ).toBe(false);
    expect(
      AnswerRecord.safeParse({ questionId: 'x'.repeat(300), at: T0, choice: [], correct: true, score: 1, responseMs: 0, mode: 'practice' })
        .success,
    ).toBe(false);
  });
});

describe('导出成绩', () => {
  it('writes every learner’s mock exams as CSV with a BOM, readable back', async () => {
    const m = await machine(T0);
    for (const name of ['王芳', '李明']) {
      await m.call('profiles:create', { name, level: 'junior' });
      const e = await m.call<{ id: string; questions: { id: string }[] }>('exam:start', {
        subject: 'jc',
        custom: { counts: { single: 2 }, minutes: 10 },
      });
      m.tick(5 * 60_000);
      await m.call('exam:submit', { id: e.id });
      await m.call('profiles:close');
    }
    await m.call('profiles:open', { id: m.s.profiles.all()[0]!.id });
    const csv = await m.call<{ content: string; rows: number; fileName: string }>('results:csv');
    expect(csv.rows).toBe(2);
    expect(csv.content.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.content.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(['学员', '科目', '日期', '得分', '满分', '是否及格', '用时（分钟）', '试卷']);
    expect(parsed.slice(1).map((r) => [r[0], r[1], r[4], r[5], r[6], r[7]])).toEqual([
      ['王芳', '社会工作综合能力（初级）', '2', '未及格', '5', '自定义'],
      ['李明', '社会工作综合能力（初级）', '2', '未及格', '5', '自定义'],
    ]);
  });
});

describe('导出成绩 on a shared lab PC', () => {
  it('leaves PIN-protected classmates out until an administrator PIN is set and given; formulas stay text', async () => {
    const m = await machine(T0);
    const exam = async () => {
      const e = await m.call<{ id: string }>('exam:start', { subject: 'jc', custom: { counts: { single: 1 }, minutes: 10 } });
      await m.call('exam:submit', { id: e.id });
    };
    await m.call('profiles:create', { name: '=HYPERLINK("x")', level: 'junior' });
    await exam();
    await m.call('profiles:close');
    await m.call('profiles:create', { name: '李明', level: 'junior', pin: '2468' });
    await exam();
    await m.call('profiles:close');
    await m.call('profiles:open', { id: m.s.profiles.all()[0]!.id });

    // No administrator PIN: the PIN-protected learner's results are not handed to a classmate.
    const open = await m.call<{ content: string; rows: number; skipped: number }>('results:csv');
    expect(open).toMatchObject({ rows: 1, skipped: 1 });
    expect(open.content).not.toContain('李明');
    expect(open.content).toContain(`"'=HYPERLINK(""x"")"`);

    // The administrator sets a PIN; from then on the export needs it. It still leaves out 李明, whose PIN is older
    // than the administrator PIN (a PIN set later could otherwise open anyone's results) …
    m.tick(1000);
    expect(await m.call('admin:setPin', { next: '13579' })).toEqual({ hasAdminPin: true, saved: true });
    await expect(m.call('results:csv')).rejects.toThrow(/FORBIDDEN.*需要管理员密码/);
    await expect(m.call('results:csv', { adminPin: '0000' })).rejects.toThrow(/FORBIDDEN.*管理员密码不正确/);
    expect(await m.call('results:csv', { adminPin: '13579' })).toMatchObject({ rows: 1, skipped: 1 });
    // … until 李明 sets her PIN again on this machine with an administrator: then everyone is in.
    m.tick(1000);
    const li = m.s.profiles.all().find((p) => p.name === '李明')!.id;
    await m.call('profiles:setPin', { id: li, oldPin: '2468', pin: '24680' });
    expect(await m.call('results:csv', { adminPin: '13579' })).toMatchObject({ rows: 2, skipped: 0 });
    // Changing or removing it needs the current one; the PIN is stored hashed.
    await expect(m.call('admin:setPin', { next: null })).rejects.toThrow(/需要管理员密码/);
    expect(JSON.stringify(m.s.machine.get())).not.toContain('13579');
    expect(await m.call('admin:setPin', { current: '13579', next: null })).toEqual({ hasAdminPin: false, saved: true });
  });
});

describe('export → import round trip (property)', () => {
  it('for any two overlapping histories, importing gives the union once, and again changes nothing', async () => {
    const fc = (await import('fast-check')).default;
    const ids = ['jc25-06-001', 'jc25-06-002', 'jc25-06-003'];
    const answerArb = fc.record({ q: fc.constantFrom(...ids), day: fc.integer({ min: 0, max: 30 }), right: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(
        fc.array(answerArb, { maxLength: 8 }),
        fc.array(answerArb, { maxLength: 8 }),
        fc.array(answerArb, { maxLength: 4 }),
        async (onlyA, onlyB, shared) => {
          const toRecord = (a: { q: string; day: number; right: boolean }, i: number, tag: string) => ({
            questionId: a.q,
            at: T0 + a.day * DAY + i * 1000 + (tag === 'shared' ? 0 : tag === 'a' ? 100 : 200),
            choice: [a.right ? 'C' : 'A'] as ('A' | 'C')[],
            correct: a.right,
            score: a.right ? 1 : 0,
            responseMs: 1000,
            mode: 'practice' as const,
          });
          const sharedRecs = shared.map((a, i) => toRecord(a, i, 'shared'));
          const aRecs = [...sharedRecs, ...onlyA.map((a, i) => toRecord(a, i, 'a'))];
          const bRecs = [...sharedRecs, ...onlyB.map((a, i) => toRecord(a, i, 'b'))];
          const A = await machine(T0);
          const B = await machine(T0);
          await A.call('profiles:create', { name: '甲', level: 'junior' });
          await B.call('profiles:create', { name: '甲', level: 'junior' });
          await A.s.answers.importRecords(aRecs as never);
          await B.s.answers.importRecords(bRecs as never);
          const { content } = await A.call<{ content: string }>('transfer:export');
          await B.call('transfer:import', { content });
          const key = (r: { questionId: string; at: number }) => `${r.questionId}@${r.at}`;
          const merged = (await B.s.answers.history()).map(key).sort();
          expect(merged).toEqual([...new Set([...aRecs, ...bRecs].map(key))].sort());
          expect(await B.call('transfer:import', { content })).toMatchObject({ reviews: 0 });
          expect((await B.s.answers.history()).length).toBe(merged.length);
          await A.s.dispose();
          await B.s.dispose();
        },
      ),
      { numRuns: 12, seed: 5 },
    );
  }, 60_000);
});

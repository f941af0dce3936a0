import { openForTesting } from '../../../test/support/openForTesting';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseItemForTesting } from '../../../test/support/bankFixtures';
import { questionsDirForTesting, tempDataDir } from '../../../test/support/questionsDirForTesting';

const T0 = Date.UTC(2026, 10, 28, 12);
const MIN = 60_000;

async function open(dataDir: string, questionsDir: string, now: () => number) {
  const app = await openForTesting({ dataDir, questionsDir, now });
  return { s: app.services, call: app.call };
}

type View = {
  id: string;
  deadline: number;
  serverNow: number;
  questions: { id: string; type: string }[];
  answers: Record<string, string[]>;
  marked: string[];
  submitted: boolean;
};
type Result = {
  score: number;
  total: number;
  passed: boolean;
  autoSubmitted: boolean;
  usedMs: number;
  unanswered: number;
  chapters: { id: string; score: number }[];
  items: { id: string; outcome: string; basis: string; flagged: boolean }[];
};

describe('mock exams', () => {
  it('refuses an official paper the bank cannot fill, naming what is there', async () => {
    const { call } = await open(tempDataDir(), questionsDirForTesting(), () => T0);
    const opts = await call<{ full: boolean; available: Record<string, number> }>('exam:options', { subject: 'jc' });
    expect(opts).toMatchObject({ full: false, available: { single: 2, multiple: 1 } });
    await expect(call('exam:start', { subject: 'jc' })).rejects.toThrow(
      /单选题 2 道、多选题 1 道.*需要 单选题 60 道、多选题 20 道.*自定义试卷/,
    );
  });

  it('saves every answer and mark as made, resumes after a restart with the right time, and auto-submits at zero', async () => {
    let now = T0;
    const dataDir = tempDataDir();
    const q = questionsDirForTesting();
    const a = await open(dataDir, q, () => now);
    const v = await a.call<View>('exam:start', { subject: 'jc', custom: { counts: { single: 2, multiple: 1 }, minutes: 30 } });
    expect(v.questions).toHaveLength(3);
    expect(v.questions.map((x) => x.type)).toEqual(['single', 'single', 'multiple']);
    // The seeded `random` of openForTesting draws the same paper every run.
    expect(v.questions.map((x) => x.id)).toEqual(['jc25-06-003', 'jc25-06-001', 'jc25-06-002']);
    expect(v.deadline).toBe(T0 + 30 * MIN);
    const single = 'jc25-06-003';
    const multi = 'jc25-06-002';
    await a.call('exam:answer', { id: v.id, questionId: single, choice: ['A'] });
    await a.call('exam:answer', { id: v.id, questionId: multi, choice: ['A', 'B'] });
    await a.call('exam:mark', { id: v.id, questionId: multi, marked: true });
    await expect(a.call('exam:answer', { id: v.id, questionId: 'not-in-paper', choice: ['A'] })).rejects.toThrow(/不在这份试卷/);

    // The app stops; 10 minutes pass; it starts again.
    now = T0 + 12 * MIN;
    const b = await open(dataDir, q, () => now);
    expect(await b.call('exam:active')).toEqual({ id: v.id, subjectName: '社会工作综合能力（初级）', remainingMs: 18 * MIN });
    const resumed = await b.call<View>('exam:get', { id: v.id });
    expect(resumed.answers).toEqual({ [single]: ['A'], [multi]: ['A', 'B'] });
    expect(resumed.marked).toEqual([multi]);
    expect(resumed.deadline - resumed.serverNow).toBe(18 * MIN);

    // Time runs out while closed: the paper is submitted at the deadline, with what was saved.
    now = T0 + 45 * MIN;
    const c = await open(dataDir, q, () => now);
    expect(await c.call('exam:active')).toBeNull();
    const r = await c.call<Result>('exam:result', { id: v.id });
    expect(r).toMatchObject({ autoSubmitted: true, usedMs: 30 * MIN, score: 2, total: 4, unanswered: 1, passed: false });
    // The review knows which items were marked (标记) during the sitting.
    expect(r.items.filter((i) => i.flagged).map((i) => i.id)).toEqual([multi]);
    await expect(c.call('exam:answer', { id: v.id, questionId: single, choice: ['B'] })).rejects.toThrow(/已经交卷/);
    // Wrong and partial answers are in the 错题本.
    const mistakes = await c.call<{ id: string }[]>('mistakes:list', {});
    expect(mistakes.map((m) => m.id)).toEqual([multi]);
    const history = await c.call<{ id: string; score: number; passed: boolean }[]>('exam:history');
    expect(history).toMatchObject([{ id: v.id, score: 2, passed: false }]);
  });

  it('submits on request and scores by the official rules, with the pass line from settings', async () => {
    const { call } = await open(tempDataDir(), questionsDirForTesting(), () => T0);
    await call('settings:update', { passLine: 50 });
    const v = await call<View>('exam:start', { subject: 'jc', custom: { counts: { single: 2, multiple: 1 }, minutes: 10 } });
    for (const x of v.questions) {
      const choice = x.type === 'multiple' ? ['A', 'B', 'C'] : x.id === 'jc25-06-001' ? ['C'] : ['A'];
      await call('exam:answer', { id: v.id, questionId: x.id, choice });
    }
    const r = await call<Result>('exam:submit', { id: v.id });
    expect(r).toMatchObject({ score: 4, total: 4, passed: true, autoSubmitted: false, unanswered: 0 });
    expect(r.chapters).toEqual([
      { id: 'jc25-06', title: expect.stringContaining('第6章'), items: 3, correct: 3, score: 4, max: 4, pending: 0 },
    ]);
    // The review shows each item's 依据 with its 解析.
    expect(r.items.map((i) => i.basis)).toEqual(r.items.map(() => expect.stringMatching(/\S/)));
  });

  it('a paper can be drawn again from what it stores: seed, counts, chapters and the items it avoided', async () => {
    const { call, s } = await open(tempDataDir(), questionsDirForTesting(), () => T0);
    const { redrawPaper } = await import('./exam/paper');
    for (let i = 0; i < 3; i++) {
      const v = await call<View>('exam:start', { subject: 'jc', custom: { counts: { single: 1, multiple: 1 }, minutes: 5 } });
      await call('exam:submit', { id: v.id });
      const doc = s.exams.get(v.id)!;
      expect(redrawPaper(s, doc)).toEqual(doc.items);
    }
    // Later papers avoided the earlier ones' items where the bank allowed: that is part of the record.
    expect(s.exams.all().at(-1)!.draw!.avoided.length).toBeGreaterThan(0);
  });

  it('one mock at a time: a second start is refused while one is unfinished, and allowed after submitting', async () => {
    const { call } = await open(tempDataDir(), questionsDirForTesting(), () => T0);
    const custom = { counts: { single: 1, multiple: 0 }, minutes: 10 };
    const v = await call<View>('exam:start', { subject: 'jc', custom });
    await expect(call('exam:start', { subject: 'jc', custom })).rejects.toThrow(/还有一场未完成的模拟考试.*先回到首页继续作答或交卷/);
    await call('exam:submit', { id: v.id });
    await expect(call<View>('exam:start', { subject: 'jc', custom })).resolves.toMatchObject({ submitted: false });
  });

  it('a submitted paper puts its answers in the log without changing the learner’s usual pace (the “slow” grade)', async () => {
    const { call, s } = await open(tempDataDir(), questionsDirForTesting(), () => T0);
    await call('settings:update', { level: 'junior' });
    await call('practice:start', { subject: 'jc', chapter: 'jc25-06' });
    await call('practice:answer', { questionId: 'jc25-06-001', choice: ['C'], responseMs: 30_000 });
    const v = await call<View>('exam:start', { subject: 'jc', custom: { counts: { single: 2, multiple: 0 }, minutes: 10 } });
    for (const x of v.questions) await call('exam:answer', { id: v.id, questionId: x.id, choice: x.id === 'jc25-06-001' ? ['C'] : ['A'] });
    await call('exam:submit', { id: v.id });
    expect((await s.answers.history()).filter((r) => r.mode === 'exam')).toHaveLength(2);
    expect(s.answers.model().times.single).toEqual([30_000]);
  });

  it('case papers: typed answers kept, then self-marked against the points after submitting', async () => {
    const { call } = await open(tempDataDir(), questionsDirForTesting(), () => T0);
    const v = await call<{ id: string; cases: { id: string }[] }>('exam:start', {
      subject: 'mp',
      custom: { counts: { analysis: 1 }, minutes: 30 },
    });
    const cid = v.cases[0]!.id;
    await call('exam:caseAnswer', { id: v.id, questionId: cid, answers: ['需要分析……', '介入策略……'] });
    await expect(call('exam:caseMark', { id: v.id, questionId: cid, covered: [[0]] })).rejects.toThrow(/请先交卷/);
    const submitted = await call<Result>('exam:submit', { id: v.id });
    expect(submitted).toMatchObject({ score: 0, caseCount: 1, pendingMarks: 1, passed: false });
    const marked = await call<Result & { items: { caseAnswers: string[] }[] }>('exam:caseMark', {
      id: v.id,
      questionId: cid,
      covered: [[0, 1], [0]],
    });
    expect(marked).toMatchObject({ score: 20, pendingMarks: 0, passed: true });
    expect(marked.items[0]!.caseAnswers).toEqual(['需要分析……', '介入策略……']);
  });

  it('case papers: pending until every case is marked, in the result, the history and the CSV; a mark covering nothing counts as 0', async () => {
    const more = {
      'mp/mp25-14.json': {
        bankVersion: 1,
        subject: 'mp',
        items: [
          caseItemForTesting({ id: 'mp25-14-c01', chapter: 'mp25-14', explanation: '先分析需要，再定策略。' }),
          caseItemForTesting({ id: 'mp25-14-c02', chapter: 'mp25-14', caseKind: 'design', title: '方案设计测试' }),
        ],
      },
    };
    const { call } = await open(tempDataDir(), questionsDirForTesting(more), () => T0);
    type CaseView = { id: string; cases: { id: string; caseKind: string; maxScore: number; questions: { no: number; score: number }[] }[] };
    const v = await call<CaseView>('exam:start', { subject: 'mp', custom: { counts: { analysis: 2, design: 1 }, minutes: 30 } });
    expect(v.cases).toHaveLength(3);
    // The exam screen can show each case's kind and points, but not the reference points.
    const design = v.cases.find((c) => c.caseKind === 'design')!;
    expect(design).toMatchObject({
      id: 'mp25-14-c02',
      maxScore: 20,
      questions: [
        { no: 1, score: 10 },
        { no: 2, score: 10 },
      ],
    });
    expect(JSON.stringify(v)).not.toContain('要点一');

    type CaseResult = Omit<Result, 'chapters' | 'items'> & {
      caseCount: number;
      pendingMarks: number;
      chapters: { id: string; pending: number }[];
      items: { id: string; outcome: string; score: number; covered: number[][]; explanation: string; caseKind: string | null }[];
    };
    const r0 = await call<CaseResult>('exam:submit', { id: v.id });
    expect(r0).toMatchObject({ score: 0, total: 60, caseCount: 3, pendingMarks: 3, passed: false });
    expect(r0.items.every((i) => i.outcome === 'unmarked')).toBe(true);
    expect(r0.items.find((i) => i.id === 'mp25-14-c01')).toMatchObject({ caseKind: 'analysis', explanation: '先分析需要，再定策略。' });
    expect(r0.chapters.find((c) => c.id === 'mp25-14')).toMatchObject({ pending: 2 });
    type Summary = { id: string; score: number; passed: boolean; caseCount: number; pendingMarks: number };
    expect(await call<Summary[]>('exam:history')).toMatchObject([{ id: v.id, caseCount: 3, pendingMarks: 3, passed: false }]);

    // "这题评分完成" with nothing ticked: a real mark worth 0, stored as one empty list per sub-question.
    const r1 = await call<CaseResult>('exam:caseMark', { id: v.id, questionId: 'mp25-14-c01', covered: [] });
    expect(r1).toMatchObject({ score: 0, pendingMarks: 2, passed: false });
    expect(r1.items.find((i) => i.id === 'mp25-14-c01')).toMatchObject({ outcome: 'marked', score: 0, covered: [[], []] });
    // Unknown indexes and extra sub-questions are dropped; repeats are folded.
    const r2 = await call<CaseResult>('exam:caseMark', { id: v.id, questionId: 'mp25-14-c02', covered: [[1, 1, 9], [0], [0]] });
    expect(r2.items.find((i) => i.id === 'mp25-14-c02')).toMatchObject({ outcome: 'marked', score: 15, covered: [[1], [0]] });
    expect(r2).toMatchObject({ score: 15, pendingMarks: 1 });
    const csvPending = await call<{ content: string }>('results:csv');
    expect(csvPending.content).toContain(',,60,待评分（已评 2 / 3 题）,');

    const r3 = await call<CaseResult>('exam:caseMark', { id: v.id, questionId: 'mp25-15-c01', covered: [[0, 1], [0]] });
    expect(r3).toMatchObject({ score: 35, total: 60, pendingMarks: 0, passed: false });
    expect(r3.chapters.every((c) => c.pending === 0)).toBe(true);
    expect(await call<Summary[]>('exam:history')).toMatchObject([{ id: v.id, score: 35, pendingMarks: 0, passed: false }]);
    // Marking again replaces the mark; now the paper passes (40 of 60; the pass line is 36).
    const r4 = await call<CaseResult>('exam:caseMark', { id: v.id, questionId: 'mp25-14-c01', covered: [[0]] });
    expect(r4).toMatchObject({ score: 40, pendingMarks: 0, passed: true });
    expect((await call<{ content: string }>('results:csv')).content).toContain(',40,60,及格,');

    await expect(call('exam:caseMark', { id: v.id, questionId: 'jc25-06-001', covered: [] })).rejects.toThrow(/不在这份试卷/);
  });

  it('a mark is refused for an objective item of the paper', async () => {
    const { call } = await open(tempDataDir(), questionsDirForTesting(), () => T0);
    const v = await call<View>('exam:start', { subject: 'jc', custom: { counts: { single: 1 }, minutes: 10 } });
    const r = await call<Result & { caseCount: number; pendingMarks: number }>('exam:submit', { id: v.id });
    expect(r).toMatchObject({ caseCount: 0, pendingMarks: 0 });
    await expect(call('exam:caseMark', { id: v.id, questionId: v.questions[0]!.id, covered: [] })).rejects.toThrow(/不是案例题/);
  });
});

describe('issue 12, hole 5: a crash during 交卷 never leaves a paper whose answers miss the log', () => {
  async function submittedPaper() {
    const dataDir = tempDataDir();
    const q = questionsDirForTesting();
    const a = await open(dataDir, q, () => T0);
    const view = await a.call<View>('exam:start', { subject: 'jc', custom: { counts: { single: 2, multiple: 1 }, minutes: 10 } });
    for (const item of view.questions)
      await a.call('exam:answer', { id: view.id, questionId: item.id, choice: ['A', 'B'].slice(0, item.type === 'single' ? 1 : 2) });
    await a.call('exam:submit', { id: view.id });
    await a.s.dispose();
    return { dataDir, q, id: view.id, items: view.questions.map((x) => x.id) };
  }
  const examFile = (dataDir: string, id: string) => join(dataDir, 'learners', 'default', 'exams', `${id}.json`);
  const logFiles = (dataDir: string) => join(dataDir, 'learners', 'default', 'reviews');
  const loggedFor = async (s: Awaited<ReturnType<typeof open>>['s'], id: string) =>
    (await s.answers.history()).filter((r) => r.examId === id);

  it('killed after the paper was marked submitted but before its answers reached the log: completed on the next open', async () => {
    const { dataDir, q, id, items } = await submittedPaper();
    // The state a kill between the two writes leaves: submitted, answers not logged.
    for (const f of readdirSync(logFiles(dataDir))) writeFileSync(join(logFiles(dataDir), f), '');
    rmSync(join(dataDir, 'learners', 'default', 'answer-index.json'));
    rmSync(join(dataDir, 'backups'), { recursive: true, force: true });
    const doc = JSON.parse(readFileSync(examFile(dataDir, id), 'utf8'));
    writeFileSync(examFile(dataDir, id), JSON.stringify({ ...doc, answersLogged: false }));
    const b = await open(dataDir, q, () => T0 + MIN);
    expect((await loggedFor(b.s, id)).map((r) => r.questionId).sort()).toEqual([...items].sort());
    expect(b.s.exams.get(id)!.answersLogged).toBe(true);
    // Wrong answers of that paper are in the 错题本 now.
    expect(b.s.answers.model().questions.size).toBe(items.length);
    await b.s.dispose();
  });

  it('killed after the answers reached the log but before that was recorded: completing it doubles nothing', async () => {
    const { dataDir, q, id, items } = await submittedPaper();
    const doc = JSON.parse(readFileSync(examFile(dataDir, id), 'utf8'));
    writeFileSync(examFile(dataDir, id), JSON.stringify({ ...doc, answersLogged: false }));
    const b = await open(dataDir, q, () => T0 + MIN);
    expect(await loggedFor(b.s, id)).toHaveLength(items.length);
    expect([...b.s.answers.model().questions.values()].every((x) => x.attempts === 1)).toBe(true);
    // Submitting again (the learner presses 交卷 on a stale screen) changes nothing either.
    await b.call('exam:submit', { id });
    expect(await loggedFor(b.s, id)).toHaveLength(items.length);
    await b.s.dispose();
  });
});

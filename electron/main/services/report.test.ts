import { describe, expect, it } from 'vitest';
import { DAY } from '@core/srs/calendar';
import { accuracyBy, share } from '@core/report/accuracy';
import { studyCalendar } from '@core/report/studyCalendar';
import type { Report } from '@shared/ipc/contract';
import { openForTesting } from '../../../test/support/openForTesting';

// 2026-12-02 20:00 in China.
const T0 = Date.UTC(2026, 11, 2, 12);

describe('学习报告', () => {
  it('a new learner: nothing predicted, every chapter unseen, no streak', async () => {
    const app = await openForTesting({ now: T0 });
    await app.services.settings.update({ level: 'junior' });
    const r = await app.call<Report>('report:get');
    expect(r.subjects.map((x) => x.id)).toEqual(['jc', 'jp']);
    expect(r.subjects[0]).toMatchObject({
      itemsDone: 0,
      itemsTotal: 3,
      accuracy30: null,
      predicted: null,
      total: 100,
      passScore: 60,
      lastMock: null,
    });
    expect(r.chapters.every((c) => c.mastery === null && c.unseenShare === 1)).toBe(true);
    expect(r.calendar).toMatchObject({ streak: 0, activeDays: 0 });
    expect(r.calendar.days).toHaveLength(182);
    expect(r.plan.onTrack).toBeNull();
  });

  it('after two evenings and a mock: standing, the studied chapter first among started ones, the streak, and the trend', async () => {
    let now = T0 - DAY;
    const app = await openForTesting({ now: () => now });
    await app.services.settings.update({ level: 'junior', examDate: '2027-06-20' });
    await app.call('practice:answer', { questionId: 'jc25-06-001', choice: ['C'], responseMs: 60_000, mode: 'today' });
    await app.call('practice:answer', { questionId: 'jc25-06-002', choice: ['A'], responseMs: 60_000 });
    now = T0;
    await app.call('practice:answer', { questionId: 'jc25-06-003', choice: ['A'], responseMs: 120_000 });
    const exam = await app.call<{ id: string }>('exam:start', { subject: 'jc', custom: { counts: { single: 2 }, minutes: 10 } });
    await app.call('exam:answer', { id: exam.id, questionId: 'jc25-06-001', choice: ['C'] });
    await app.call('exam:submit', { id: exam.id });

    const r = await app.call<Report>('report:get');
    const jc = r.subjects.find((x) => x.id === 'jc')!;
    expect(jc).toMatchObject({ itemsDone: 3, itemsTotal: 3, kind: 'objective' });
    // 4 answers (3 in practice, 1 in the mock: a blank mock item is not an answer), 3 right: 001 twice and 003; 002 not.
    expect(jc.accuracyAll).toBeCloseTo(3 / 4);
    expect(jc.predicted).toBeGreaterThan(0);
    expect(jc.predicted).toBeLessThanOrEqual(100);
    expect(jc.lastMock).toMatchObject({ score: expect.any(Number) });
    const started = r.chapters.filter((c) => c.mastery !== null);
    expect(started.map((c) => c.id)).toEqual(['jc25-06']);
    expect(started[0]).toMatchObject({ seen: 3, total: 3, unseenShare: 0 });
    expect(r.chapters.indexOf(started[0]!)).toBe(0);
    expect(r.calendar.streak).toBe(2);
    expect(r.calendar.days.at(-1)).toMatchObject({ date: '2026-12-02', answers: 2, minutes: 2 }); // 003, and the mock's 001
    expect(r.mocks).toHaveLength(1);
    expect(r.mocks[0]).toMatchObject({ subject: 'jc', passScore: expect.any(Number), points: [{ at: expect.any(Number) }] });
    expect(r.plan.onTrack).toBe(true);
    expect(jc.pass).toEqual({ passedYear: null, validThrough: null, countsForExam: false, lapsesBeforeExam: false });
    await app.call('settings:update', { passes: { jc: 2026 } });
    expect((await app.call<Report>('report:get')).subjects[0]!.pass).toEqual({
      passedYear: 2026,
      validThrough: 2026,
      countsForExam: false, // planning for the 2027 exam: a 初级 pass does not carry over
      lapsesBeforeExam: true,
    });
    expect(r.plan.forecast).toHaveLength(30);
  });

  it('issue 14: the calendar and accuracies come from the index and the recent months, equal to counting the whole log', async () => {
    let now = T0 - 70 * DAY;
    const app = await openForTesting({ now: () => now });
    await app.services.settings.update({ level: 'junior' });
    const ids = ['jc25-06-001', 'jc25-06-002', 'jc25-06-003'];
    // Answers over ten weeks (three months), at all hours, some right and some wrong.
    for (let k = 0; k < 40; k++) {
      now = T0 - 70 * DAY + k * (1.7 * DAY + 3_600_000 * (k % 5));
      await app.call('practice:answer', { questionId: ids[k % 3], choice: [k % 4 === 0 ? 'C' : 'A'], responseMs: 20_000 + k * 1000 });
    }
    now = T0;
    const r = await app.call<Report>('report:get');
    const history = await app.services.answers.history();
    expect(history).toHaveLength(40);
    expect(r.calendar).toEqual(studyCalendar(history, app.services.day, now));
    expect(r.calendar.activeDays).toBeGreaterThan(20);
    const subjectOf = (id: string) => (id.startsWith('jc') ? 'jc' : undefined);
    const jc = r.subjects.find((x) => x.id === 'jc')!;
    expect(jc.accuracy30).toBeCloseTo(share(accuracyBy(history, subjectOf, now - 30 * DAY).get('jc'))!);
    expect(jc.accuracyAll).toBeCloseTo(share(accuracyBy(history, subjectOf, 0).get('jc'))!);
    expect(jc.accuracy30).not.toBeCloseTo(jc.accuracyAll!);
  });

  it('after today’s session suggests the next step, and 再学新题 serves new items beyond the quota', async () => {
    const app = await openForTesting({ now: T0 });
    await app.services.settings.update({ level: 'junior', dailyNewOverride: 1 });
    const first = await app.call<{ questions: { id: string }[] }>('today:start');
    expect(first.questions).toHaveLength(1);
    await app.call('practice:answer', { questionId: first.questions[0]!.id, choice: ['C'], responseMs: 5000, mode: 'today' });
    expect(await app.call<{ questions: unknown[] }>('today:start')).toEqual({ questions: [] });
    expect(await app.call('today:next')).toEqual({ kind: 'more-new', count: 2 });
    expect((await app.call<{ questions: unknown[] }>('today:start', { extraNew: 2 })).questions).toHaveLength(2);
    // Three wrong answers in one chapter make it the clearly weak one.
    for (const id of ['jc25-06-001', 'jc25-06-002', 'jc25-06-003'])
      await app.call('practice:answer', { questionId: id, choice: ['D'], responseMs: 5000 });
    expect(await app.call('today:next')).toEqual({ kind: 'weakest-chapter', subject: 'jc', chapter: 'jc25-06' });
  });

  it('says how many answers belong to imported items whose bank was removed (已删除), instead of dropping them silently', async () => {
    const app = await openForTesting({ now: T0 });
    await app.services.settings.update({ level: 'junior' });
    const text = '第六章 个案社会工作服务方法\n1.报告示例题（　）\nA.甲\nB.乙\nC.丙\nD.丁\n答案：C';
    await app.call('import:commit', { subject: 'jc', fileName: '粘贴的文字', text, chapters: {}, scope: 'learner' });
    const [bank] = await app.call<{ bankFile: string }[]>('import:list');
    const id = app.services.bank.itemsInChapter('jc25-06').find((i) => 'imported' in i)!.id;
    for (const choice of [['C'], ['A'], ['C']]) await app.call('practice:answer', { questionId: id, choice, responseMs: 5000 });
    expect((await app.call<Report>('report:get')).deletedImported).toEqual({ answers: 0 });

    await app.call('import:remove', { bankFile: bank!.bankFile, scope: 'learner' });
    const gone = await app.call<Report>('report:get');
    expect(gone.deletedImported).toEqual({ answers: 3 });
    // Those answers alone are no record to predict from.
    expect(gone.subjects.map((x) => x.predicted)).toEqual([null, null]);
    await app.call('practice:answer', { questionId: 'jc25-06-001', choice: ['C'], responseMs: 5000 });
    const r = await app.call<Report>('report:get');
    expect(r.deletedImported).toEqual({ answers: 3 });
    // Not in the subject's figures any more: only the shipped item counts there.
    expect(r.subjects.find((x) => x.id === 'jc')).toMatchObject({ itemsDone: 1, itemsTotal: 3, accuracyAll: 1 });
  });
});

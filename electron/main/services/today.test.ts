import { todayLeft, todayReviews, type TodayPlan } from '@shared/ipc/contract/today';
import { describe, expect, it } from 'vitest';
import { DAY } from '@core/srs/calendar';
import { KEY, open, setup, T0, type Q } from '../../../test/support/sixItemLearner';

describe('今日学习', () => {
  it('plans new items from the override, serves them across chapters, then next day serves the due reviews', async () => {
    const { q, clock, dataDir } = setup();
    const { call } = await open(dataDir, q, clock.now);
    await call('settings:update', { level: 'junior', examDate: '2027-05-22', dailyNewOverride: 4 });
    const plan = await call<{ dueCount: number; newToday: number; quota: { perDay: number; reason: string }; estMinutes: number }>(
      'today:plan',
    );
    expect(plan).toMatchObject({ dueCount: 0, newToday: 4, quota: { perDay: 4, reason: 'override' } });
    expect(plan.estMinutes).toBe(4);
    const { questions } = await call<{ questions: Q[] }>('today:start');
    expect(questions.map((x) => x.id)).toEqual(['jc25-06-001', 'jc25-07-001', 'jc25-06-002', 'jc25-07-002']);

    // Answer: right, wrong, right but guessed, right.
    const answers = [true, false, 'guessed', true] as const;
    for (const [i, x] of questions.entries()) {
      const a = answers[i];
      const choice = a === false ? ['D'] : KEY[x.type]!;
      const fb = await call<{ grade: string; nextDue: number }>('practice:answer', {
        questionId: x.id,
        choice,
        responseMs: 8000,
        mode: 'today',
        guessed: a === 'guessed',
      });
      expect(fb.grade).toBe(a === true ? 'good' : 'again');
      expect(fb.nextDue).toBeGreaterThan(clock.now());
    }
    // Today's quota is used up; nothing is due again today.
    expect(await call('today:plan')).toMatchObject({ dueCount: 0, newToday: 0, introducedToday: 4 });

    // Next day: the two "again" cards are due; new items continue.
    clock.set(T0 + DAY);
    const next = await call<{ questions: Q[] }>('today:start');
    expect(
      next.questions
        .slice(0, 2)
        .map((x) => x.id)
        .sort(),
    ).toEqual(['jc25-06-002', 'jc25-07-001']);
    expect(next.questions.slice(2).map((x) => x.id)).toEqual(['jc25-06-003', 'jc25-07-003']);
    const fc = await call<{ days: { date: string; count: number }[] }>('today:forecast');
    expect(fc.days).toHaveLength(30);
    expect(fc.days[0]).toEqual({ date: '2026-11-29', count: 2 });
    expect(fc.days.reduce((n, d) => n + d.count, 0)).toBe(4);
  });

  it('free practice does not move the schedule, except as the review of a card that is due', async () => {
    const { q, clock, dataDir } = setup();
    const { s, call } = await open(dataDir, q, clock.now);
    await call('settings:update', { level: 'junior', dailyNewOverride: 1 });
    const [first] = (await call<{ questions: Q[] }>('today:start')).questions;
    await call('practice:answer', { questionId: first!.id, choice: ['C'], responseMs: 5000, mode: 'today' });
    const scheduled = structuredClone(s.answers.model().questions.get(first!.id)!.card);

    // Practising it again today (not due): logged, schedule untouched.
    const early = await call<{ grade: string | null }>('practice:answer', {
      questionId: first!.id,
      choice: ['A'],
      responseMs: 5000,
      mode: 'practice',
    });
    expect(early.grade).toBeNull();
    expect(s.answers.model().questions.get(first!.id)!.card).toEqual(scheduled);
    // A new card met in chapter practice stays new for 今日学习.
    await call('practice:answer', { questionId: 'jc25-07-002', choice: ['C'], responseMs: 5000, mode: 'practice' });
    expect(s.answers.model().questions.get('jc25-07-002')!.card).toBeNull();

    // Once due, the same practice answer counts as its review.
    clock.set(scheduled!.due + 3600_000);
    const due = await call<{ grade: string | null }>('practice:answer', {
      questionId: first!.id,
      choice: ['C'],
      responseMs: 5000,
      mode: 'mistakes',
    });
    expect(due.grade).toBe('good');
    expect(s.answers.model().questions.get(first!.id)!.card!.reps).toBe(2);

    // After a restart the schedule is the same (rebuilt from index + log).
    const before = structuredClone(s.answers.model().questions.get(first!.id)!.card);
    await s.dispose();
    const again = await open(dataDir, q, clock.now);
    expect(again.s.answers.model().questions.get(first!.id)!.card).toEqual(before);
  });

  it('changing desired retention recomputes every card from the log', async () => {
    const { q, clock, dataDir } = setup();
    const { s, call } = await open(dataDir, q, clock.now);
    await call('settings:update', { level: 'junior', dailyNewOverride: 2 });
    for (const x of (await call<{ questions: Q[] }>('today:start')).questions) {
      await call('practice:answer', { questionId: x.id, choice: KEY[x.type], responseMs: 5000, mode: 'today' });
    }
    const before = s.answers.model().questions.get('jc25-06-001')!.card!.due;
    await call('settings:update', { desiredRetention: 0.8 });
    const after = s.answers.model().questions.get('jc25-06-001')!.card!.due;
    expect(after).toBeGreaterThan(before); // lower retention → longer intervals
  });

  it('counts as 新题 only items never answered anywhere; an item met in free practice comes as its first review', async () => {
    const { q, clock, dataDir } = setup();
    const { call } = await open(dataDir, q, clock.now);
    await call('settings:update', { level: 'junior', dailyNewOverride: 3 });
    await call('practice:answer', { questionId: 'jc25-06-001', choice: ['C'], responseMs: 5000 });
    const plan = await call<{ newToday: number; practisedToday: number }>('today:plan');
    const ids = (await call<{ questions: Q[] }>('today:start')).questions.map((x) => x.id);
    // Chapters take turns: 06-001, 07-001, 06-002.
    expect(ids).toEqual(['jc25-06-001', 'jc25-07-001', 'jc25-06-002']);
    expect(plan).toMatchObject({ newToday: 2, practisedToday: 1 });
  });

  it('a day whose quota went to items met in free practice is not 已完成: they are left in today’s session', async () => {
    const { q, clock, dataDir } = setup();
    const { call } = await open(dataDir, q, clock.now);
    await call('settings:update', { level: 'junior', dailyNewOverride: 2 });
    for (const id of ['jc25-06-001', 'jc25-07-001']) await call('practice:answer', { questionId: id, choice: ['C'], responseMs: 5000 });
    const plan = await call<TodayPlan>('today:plan');
    const session = (await call<{ questions: Q[] }>('today:start')).questions;
    expect(plan).toMatchObject({ dueCount: 0, newToday: 0, practisedToday: 2 });
    expect(session).toHaveLength(2);
    expect(todayLeft(plan)).toBe(session.length); // the home card offers 开始, and the plan is not sent as kept
    expect(todayReviews(plan)).toBe(2);
  });

  it('滚动管理: a subject whose pass counts for the planned exam leaves today’s plan, unless the learner keeps it', async () => {
    const { q, clock, dataDir } = setup();
    const { call } = await open(dataDir, q, clock.now);
    await call('settings:update', { level: 'junior', examDate: '2026-12-20', passes: { jc: 2025 } });
    // 初级 passes do not carry over: a 2025 pass leaves 2026's plan as it was.
    expect(await call('today:plan')).toMatchObject({ unintroduced: 6 });
    await call('settings:update', { passes: { jc: 2026 } });
    expect(await call('today:plan')).toMatchObject({ unintroduced: 0, newToday: 0 });
    expect((await call<{ questions: unknown[] }>('today:start')).questions).toEqual([]);
    await call('settings:update', { includePassed: true });
    expect(await call('today:plan')).toMatchObject({ unintroduced: 6 });
    await expect(call('settings:update', { passes: { jc: 1999 } })).rejects.toThrow(/BAD_REQUEST/);
  });

  it('滚动管理: a passed subject is marked in the exam lobby and is never the mock suggested next, unless the learner keeps it', async () => {
    const { q, clock, dataDir } = setup();
    const { call } = await open(dataDir, q, clock.now);
    // The exam is 10 days away: the review period, when the next step after 今日学习 is a mock.
    await call('settings:update', { level: 'junior', examDate: '2026-12-08' });
    expect(await call('exam:options', { subject: 'jc' })).toMatchObject({ passed: false });
    expect(await call('today:next')).toEqual({ kind: 'mock', subject: 'jc' });
    await call('settings:update', { passes: { jc: 2026 } });
    expect(await call('exam:options', { subject: 'jc' })).toMatchObject({ passed: true });
    expect(await call('today:next')).not.toMatchObject({ subject: 'jc' });
    await call('settings:update', { includePassed: true });
    expect(await call('exam:options', { subject: 'jc' })).toMatchObject({ passed: false });
    expect(await call('today:next')).toEqual({ kind: 'mock', subject: 'jc' });
  });
});

import { openForTesting } from '../../../test/support/openForTesting';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { multipleItemForTesting, singleItemForTesting } from '../../../test/support/bankFixtures';
import { DAY } from '@core/srs/calendar';
import { questionsDirForTesting, tempDataDir } from '../../../test/support/questionsDirForTesting';

// 2026-11-28 20:00 in China.
const T0 = Date.UTC(2026, 10, 28, 12);

/** A bank with 6 junior items over two chapters, and a clock the test moves. */
function setup() {
  const extra = {
    'jc/jc25-07.json': {
      bankVersion: 1,
      subject: 'jc',
      items: [
        singleItemForTesting({ id: 'jc25-07-001', chapter: 'jc25-07', stem: '七一（　）。' }),
        singleItemForTesting({ id: 'jc25-07-002', chapter: 'jc25-07', stem: '七二（　）。' }),
        multipleItemForTesting({ id: 'jc25-07-003', chapter: 'jc25-07', stem: '七三（　）。' }),
      ],
    },
  };
  const q = questionsDirForTesting(extra);
  let now = T0;
  const clock = { now: () => now, set: (t: number) => (now = t) };
  return { q, clock, dataDir: tempDataDir() };
}

async function open(dataDir: string, questionsDir: string, now: () => number) {
  const app = await openForTesting({ dataDir, questionsDir, now });
  return { s: app.services, call: app.call };
}

type Q = { id: string; type: string };
const KEY: Record<string, string[]> = { single: ['C'], multiple: ['A', 'B', 'C'] };

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
});

describe('错题本, 收藏 and notes', () => {
  it('collects wrong answers, filters them, and lets an item leave after N right answers in a row', async () => {
    const { q, clock, dataDir } = setup();
    const { call } = await open(dataDir, q, clock.now);
    await call('settings:update', { level: 'junior', mistakesExitStreak: 2 });
    await call('practice:answer', { questionId: 'jc25-06-001', choice: ['A'], responseMs: 1000 });
    clock.set(T0 + DAY);
    await call('practice:answer', { questionId: 'jc25-07-003', choice: ['E'], responseMs: 1000 });
    await call('practice:answer', { questionId: 'jc25-06-002', choice: ['A', 'B', 'C'], responseMs: 1000 }); // right: not a mistake
    const all = await call<{ id: string }[]>('mistakes:list', {});
    expect(all.map((m) => m.id)).toEqual(['jc25-07-003', 'jc25-06-001']);
    expect((await call<{ id: string }[]>('mistakes:list', { chapter: 'jc25-07' })).map((m) => m.id)).toEqual(['jc25-07-003']);
    expect((await call<{ id: string }[]>('mistakes:list', { type: 'single' })).map((m) => m.id)).toEqual(['jc25-06-001']);
    expect((await call<{ id: string }[]>('mistakes:list', { from: '2026-11-29' })).map((m) => m.id)).toEqual(['jc25-07-003']);
    expect((await call<{ id: string }[]>('mistakes:list', { to: '2026-11-28' })).map((m) => m.id)).toEqual(['jc25-06-001']);
    expect(await call('mistakes:list', { subject: 'jp' })).toEqual([]);

    await call('practice:answer', { questionId: 'jc25-06-001', choice: ['C'], responseMs: 1000, mode: 'mistakes' });
    expect((await call<{ id: string }[]>('mistakes:list', {})).map((m) => m.id)).toContain('jc25-06-001');
    await call('practice:answer', { questionId: 'jc25-06-001', choice: ['C'], responseMs: 1000, mode: 'mistakes' });
    expect((await call<{ id: string }[]>('mistakes:list', {})).map((m) => m.id)).toEqual(['jc25-07-003']);
    // A stricter setting brings it back until it has three in a row.
    await call('settings:update', { mistakesExitStreak: 3 });
    expect((await call<{ id: string }[]>('mistakes:list', {})).map((m) => m.id)).toContain('jc25-06-001');
  });

  it('stars items and keeps notes across a restart', async () => {
    const { q, clock, dataDir } = setup();
    const { s, call } = await open(dataDir, q, clock.now);
    expect(await call('collections:setFavourite', { questionId: 'jc25-07-001', on: true })).toEqual({ favourite: true });
    expect(await call('collections:setNote', { questionId: 'jc25-07-001', text: '容易和对焦混淆' })).toEqual({ note: '容易和对焦混淆' });
    await s.dispose();
    const again = await open(dataDir, q, clock.now);
    const favs = await again.call<{ id: string; note: string }[]>('collections:favourites');
    expect(favs).toMatchObject([{ id: 'jc25-07-001', note: '容易和对焦混淆' }]);
    const fb = await again.call<{ favourite: boolean; note: string }>('practice:answer', {
      questionId: 'jc25-07-001',
      choice: ['C'],
      responseMs: 1,
    });
    expect(fb).toMatchObject({ favourite: true, note: '容易和对焦混淆' });
    // Many items at once (the mock-exam review).
    expect(await again.call('collections:state', { ids: ['jc25-07-001', 'jc25-06-001'] })).toEqual({
      'jc25-07-001': { favourite: true, note: '容易和对焦混淆' },
      'jc25-06-001': { favourite: false, note: '' },
    });
    await again.call('collections:setFavourite', { questionId: 'jc25-07-001', on: false });
    expect(await again.call('collections:favourites')).toEqual([]);
    await expect(again.call('collections:setFavourite', { questionId: 'nope', on: true })).rejects.toThrow(/NOT_FOUND/);
  });
});

describe('settings migration', () => {
  it('lifts a version-1 settings file to version 2 with the new defaults, keeping what was there', async () => {
    const { q, clock, dataDir } = setup();
    const learner = join(dataDir, 'learners', 'default');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(learner, { recursive: true });
    writeFileSync(
      join(learner, 'settings.json'),
      JSON.stringify({ version: 1, level: 'intermediate', examDate: '2027-05-22', fontStep: 3 }),
    );
    const { s } = await open(dataDir, q, clock.now);
    expect(s.settings.get()).toEqual({
      level: 'intermediate',
      examDate: '2027-05-22',
      fontStep: 3,
      desiredRetention: 0.9,
      mistakesExitStreak: 2,
      dailyNewOverride: null,
      passLine: 60,
      theme: 'system',
      passes: {},
      includePassed: false,
    });
  });
});

describe('优化参数', () => {
  it('refuses with fewer than 1000 reviews, and says so in Chinese', async () => {
    const { q, clock, dataDir } = setup();
    const { call } = await open(dataDir, q, clock.now);
    await expect(call('srs:optimize')).rejects.toThrow(/至少需要 1000 次复习记录/);
  });

  it('falls back cleanly when the optimizer cannot load', async () => {
    const { q, clock, dataDir } = setup();
    const { s } = await open(dataDir, q, clock.now);
    const { optimizeParams } = await import('./optimize');
    // Pretend enough reviews exist.
    s.answers.model().questions.set('x', {
      at: 0,
      correct: true,
      attempts: 1,
      corrects: 1,
      wrongs: 0,
      streak: 1,
      lastWrongAt: null,
      card: {
        due: 0,
        stability: 1,
        difficulty: 5,
        elapsedDays: 0,
        scheduledDays: 1,
        learningSteps: 0,
        reps: 1000,
        lapses: 0,
        phase: 'review',
        lastReview: 0,
      },
    });
    // A module path that cannot be loaded: the worker reports it and the fit fails with the learner's message.
    s.config.optimizerBinding = join(dataDir, 'no-such-optimizer.cjs');
    await expect(optimizeParams(s)).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringMatching(/继续使用默认参数/),
    });
    expect(s.srsParams.get().weights).toBeNull();
  });

  it('fits weights with the real optimizer on 1000+ reviews and keeps them only if they predict the history better', async () => {
    const { q, clock, dataDir } = setup();
    const { s } = await open(dataDir, q, clock.now);
    // 250 cards × 5 scheduled reviews, outcomes from a fixed pseudo-random learner.
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let c = 0; c < 250; c++) {
      let t = T0 - 200 * DAY + c * 60_000;
      for (let k = 0; k < 5; k++) {
        const card = s.answers.model().questions.get(`card-${c}`)?.card ?? null;
        const p = card ? s.scheduler.retrievability(card, t) ** 1.5 : 0.7;
        const correct = rnd() < p;
        await s.answers.append({
          questionId: `card-${c}`,
          at: t,
          choice: ['A'],
          correct,
          score: 0,
          responseMs: 1,
          mode: 'today',
          grade: correct ? 'good' : 'again',
        });
        t = s.answers.model().questions.get(`card-${c}`)!.card!.due;
      }
    }
    const { optimizeParams } = await import('./optimize');
    const result = await optimizeParams(s);
    expect(result.before.logLoss).toBeGreaterThan(0);
    expect(result.after.logLoss).toBeGreaterThan(0);
    expect(result.applied).toBe(result.after.logLoss < result.before.logLoss);
    expect(s.srsParams.get().weights !== null).toBe(result.applied);
  }, 60_000);
});

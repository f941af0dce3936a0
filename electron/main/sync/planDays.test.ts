import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY } from '@core/srs/calendar';
import type { LearnerRow } from '@shared/centre/contract';
import type { SyncStatus } from '@shared/ipc/contract/sync';
import { openPglite, type Db } from '../../centre/db';
import { centreForTesting, TeacherClient, type TestCentre } from '../../../test/support/centre/centreForTesting';
import { openForTesting } from '../../../test/support/openForTesting';
import { questionsDirForTesting, tempDataDir } from '../../../test/support/questionsDirForTesting';
import { StorageHealth } from '../storage/storageHealth';
import { openPlanDaysRepo, PLAN_DAYS_FILE } from '../storage/planDaysRepo';
import { planEvents, planLeft } from './planDays';

const questionsDir = questionsDirForTesting();

describe('plan days: the repository and the events', () => {
  it('a day is opened once and kept once; the file appears only with the first note', async () => {
    const dir = tempDataDir();
    const repo = await openPlanDaysRepo(dir, new StorageHealth(() => {}, 60_000));
    expect(repo.all()).toEqual([]);
    expect(existsSync(join(dir, PLAN_DAYS_FILE))).toBe(false);
    expect(await repo.note('2026-03-10', false, 100)).toBe(true);
    expect(await repo.note('2026-03-10', false, 200)).toBe(false);
    expect(await repo.note('2026-03-10', true, 300)).toBe(true);
    // Kept stays kept, even when the plan grows again later that day.
    expect(await repo.note('2026-03-10', false, 400)).toBe(false);
    expect(await repo.note('2026-03-10', true, 500)).toBe(false);
    // A day first seen with nothing left is kept at once.
    expect(await repo.note('2026-03-09', true, 50)).toBe(true);
    const again = await openPlanDaysRepo(dir, new StorageHealth(() => {}, 60_000));
    expect(again.all()).toEqual([
      { day: '2026-03-09', openAt: 50, keptAt: 50 },
      { day: '2026-03-10', openAt: 100, keptAt: 300 },
    ]);
    expect(planEvents(again.all()).map((e) => [e.id, e.kind, e.day, e.at])).toEqual([
      ['plan|2026-03-09|open', 'plan', '2026-03-09', 50],
      ['plan|2026-03-09|kept', 'plan', '2026-03-09', 50],
      ['plan|2026-03-10|open', 'plan', '2026-03-10', 100],
      ['plan|2026-03-10|kept', 'plan', '2026-03-10', 300],
    ]);
    // Nothing left = the home card's 今天的任务已完成: reviews due and new items count, free-practice items do not.
    expect(planLeft({ dueCount: 0, newToday: 0, practisedToday: 0 })).toBe(0);
    expect(planLeft({ dueCount: 2, newToday: 1, practisedToday: 0 })).toBe(3);
    // Items met only in free practice are in today's session too: the plan is not kept while they wait.
    expect(planLeft({ dueCount: 0, newToday: 0, practisedToday: 2 })).toBe(2);
  });

  it('a damaged file is set aside with a notice, and the days start afresh', async () => {
    const dir = tempDataDir();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, PLAN_DAYS_FILE), '{"version":1,"days":[{"day":"yesterday"}]}');
    const repo = await openPlanDaysRepo(dir, new StorageHealth(() => {}, 60_000));
    expect(repo.all()).toEqual([]);
    expect(repo.notice).toContain(PLAN_DAYS_FILE);
  });
});

describe('today’s plan reaches the centre', () => {
  let db: Db;
  let c: TestCentre;
  let teacher: TeacherClient;
  beforeAll(async () => {
    db = await openPglite();
    c = await centreForTesting(db);
    teacher = new TeacherClient(c.url);
    await teacher.signup('planteacher');
  }, 60_000);
  afterAll(async () => {
    await c?.close();
    await db?.close();
  });

  let clock = Date.UTC(2026, 2, 10, 4); // 12:00 in China, the tests' time zone: 2026-03-10 for the PC and the centre
  const pc = () => openForTesting({ dataDir: tempDataDir(), questionsDir, now: () => clock, learner: 'default' });
  type PC = Awaited<ReturnType<typeof pc>>;
  const planFile = (p: PC) => join(p.services.learnerDir(p.services.learnerId!), PLAN_DAYS_FILE);
  /** Today's session of one new item, answered. */
  async function finishToday(p: PC) {
    const { questions } = await p.call<{ questions: { id: string }[] }>('today:start');
    expect(questions).toHaveLength(1);
    clock += 60_000;
    await p.call('practice:answer', { questionId: questions[0]!.id, choice: ['C'], responseMs: 8000, mode: 'today', guessed: false });
  }
  const rowOf = async (classId: number, name: string) =>
    (await teacher.json<LearnerRow[]>(`/classes/${classId}/learners.json`)).find((l) => l.name === name)!;
  const planRows = async (name: string) =>
    (
      await db.query<{ event_id: string }>(
        `SELECT e.event_id FROM events e JOIN learners l ON l.id = e.learner_id WHERE l.name = $1 AND e.kind = 'plan' ORDER BY e.event_id`,
        [name],
      )
    ).map((r) => r.event_id);

  it('a PC that never connects notes no plan day and writes no file', async () => {
    const p = await pc();
    await p.call('settings:update', { level: 'junior', dailyNewOverride: 1 });
    expect(await p.call('today:plan')).toMatchObject({ newToday: 1 });
    await finishToday(p);
    expect(await p.call('today:plan')).toMatchObject({ dueCount: 0, newToday: 0 });
    expect((await p.call<SyncStatus>('sync:now')).state).toBe('off');
    expect(existsSync(planFile(p))).toBe(false);
    await p.dispose();
  });

  it('connected: the day’s plan is sent as made, then as kept once finished; a replay doubles nothing; 断开 stops the notes', async () => {
    const cls = await teacher.createClass('计划班');
    const p = await pc();
    await p.call('settings:update', { level: 'junior', dailyNewOverride: 1 });
    await p.call('sync:connect', { centreUrl: c.url, code: cls.code, learnerName: '吴六', consent: true });
    // Connecting ran a round, which saw today's plan with its one new item: made, not kept.
    expect(await planRows('吴六')).toEqual(['plan|2026-03-10|open']);
    expect(await rowOf(cls.id, '吴六')).toMatchObject({ planToday: 'open', planKeptDays7: 0, streak: 0, lastDay: null });

    // Finished, and 立即同步 straight from the session's end (no home screen in between): the round notes it kept.
    await finishToday(p);
    expect(await p.call<SyncStatus>('sync:now')).toMatchObject({ state: 'synced', pending: 0 });
    expect(await planRows('吴六')).toEqual(['plan|2026-03-10|kept', 'plan|2026-03-10|open']);
    expect(await rowOf(cls.id, '吴六')).toMatchObject({ planToday: 'kept', planKeptDays7: 1, answers: 1, streak: 1 });

    // The next day: the home screen's plan (today:plan) notes the new day at once, before any round.
    clock += DAY;
    c.clock.now += DAY;
    await teacher.form('/login', { username: 'planteacher', password: 'correct horse 1' }); // a new day, a new session
    expect(await p.call('today:plan')).toMatchObject({ newToday: 1 });
    expect(JSON.parse(readFileSync(planFile(p), 'utf8')).days.map((d: { day: string }) => d.day)).toEqual(['2026-03-10', '2026-03-11']);
    expect((await p.call<SyncStatus>('sync:status')).pending).toBe(1);
    await p.call('sync:now');
    expect(await rowOf(cls.id, '吴六')).toMatchObject({ planToday: 'open', planKeptDays7: 1 });

    // The PC forgets what the centre has (a replay of every event): the centre keeps each plan day once.
    const syncFile = join(p.services.learnerDir(p.services.learnerId!), 'sync.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(syncFile, JSON.stringify({ ...JSON.parse(readFileSync(syncFile, 'utf8')), known: [] }));
    expect((await p.call<SyncStatus>('sync:status')).pending).toBe(4);
    expect(await p.call<SyncStatus>('sync:now')).toMatchObject({ state: 'synced', pending: 0 });
    expect(await planRows('吴六')).toEqual(['plan|2026-03-10|kept', 'plan|2026-03-10|open', 'plan|2026-03-11|open']);
    expect(await rowOf(cls.id, '吴六')).toMatchObject({ planToday: 'open', planKeptDays7: 1, answers: 1 });

    // 断开: no more notes (the days already noted stay in the learner's folder).
    await p.call('sync:disconnect', { deleteOnCentre: false });
    clock += DAY;
    await p.call('today:plan');
    expect(JSON.parse(readFileSync(planFile(p), 'utf8')).days).toHaveLength(2);
    await p.dispose();
  });
});

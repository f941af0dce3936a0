import { describe, expect, it } from 'vitest';
import { PushBody, SyncEvent } from './contract';
import { parsePlanEventId, planEventId, PLAN_TODAY_TEXT } from './planDay';

const plan = (id: string, day = '2026-03-10') => ({ id, kind: 'plan', at: Date.UTC(2026, 2, 10, 4), day, payload: { day } });

describe('plan day events', () => {
  it('have permanent ids that name their day and state', () => {
    expect(planEventId('2026-03-10', 'open')).toBe('plan|2026-03-10|open');
    expect(planEventId('2026-03-10', 'kept')).toBe('plan|2026-03-10|kept');
    expect(parsePlanEventId('plan|2026-03-10|kept')).toEqual({ day: '2026-03-10', state: 'kept' });
    for (const id of ['plan|2026-03-10|done', 'plan|2026-3-10|open', 'jc25-06-001|1|practice|A', 'plan|2026-03-10|open|x'])
      expect(parsePlanEventId(id), id).toBeNull();
    expect(PLAN_TODAY_TEXT).toEqual({ kept: '已完成', open: '未完成', none: '今天未学习' });
  });

  it('are accepted by the contract only with a plan id of their own day', () => {
    expect(SyncEvent.safeParse(plan('plan|2026-03-10|open')).success).toBe(true);
    expect(SyncEvent.safeParse(plan('plan|2026-03-10|kept')).success).toBe(true);
    const wrongDay = SyncEvent.safeParse(plan('plan|2026-03-09|kept'));
    expect(wrongDay.success).toBe(false);
    expect(wrongDay.error?.issues[0]).toMatchObject({ path: ['id'], message: '今日计划的记录编号不对' });
    expect(SyncEvent.safeParse(plan('2026-03-10')).success).toBe(false);
    // In a batch: one bad plan event refuses the whole body, as any bad event does.
    expect(PushBody.safeParse({ learnerId: 1, events: [plan('plan|2026-03-10|open'), plan('plan|x|open')] }).success).toBe(false);
    // Other kinds keep their own ids.
    expect(SyncEvent.safeParse({ ...plan('plan|2026-03-09|kept'), kind: 'case' }).success).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { LearnerRow } from '@shared/centre/contract';
import { hasPlan, heatStep, latestMock, mocksBySubject, pct, planText, twoLines } from './format';

const row = (over: Partial<LearnerRow> = {}): LearnerRow => ({
  learnerId: 1,
  name: '王芳',
  itemsDone: 0,
  answers: 0,
  accuracy: null,
  streak: 0,
  lastDay: null,
  machines: 1,
  mocks: [],
  ...over,
});

describe("the teacher page's cells", () => {
  it("today's plan: 已完成 / 未完成 / 今天未学习 with the last 7 days; no column when the centre reports none", () => {
    expect(planText({ planToday: 'kept', planKeptDays7: 5 })).toEqual({ today: '已完成', week: '近 7 天完成 5 天' });
    expect(planText({ planToday: 'open', planKeptDays7: 0 })).toEqual({ today: '未完成', week: '近 7 天完成 0 天' });
    expect(planText({ planToday: 'none', planKeptDays7: 2 })).toEqual({ today: '今天未学习', week: '近 7 天完成 2 天' });
    expect(planText({})).toBeNull();
    expect(hasPlan([row()])).toBe(false);
    expect(hasPlan([row(), { ...row(), planToday: 'open', planKeptDays7: 1 }])).toBe(true);
  });

  it('mock sittings by subject, each oldest first, in the order the subjects were first sat', () => {
    const m = (day: string, subject: string | null, score: number) => ({ day, subject, score, passLine: 60 });
    const groups = mocksBySubject([
      m('2026-03-01', 'jc', 50),
      m('2026-03-02', 'jp', 70),
      m('2026-03-05', 'jc', 65),
      m('2026-03-06', null, 40),
    ]);
    expect(groups.map((g) => [g.subject, g.sittings.map((s) => s.score)])).toEqual([
      ['jc', [50, 65]],
      ['jp', [70]],
      [null, [40]],
    ]);
  });

  it('the latest mock against its pass line, accuracy, heat steps and two-line chapter labels', () => {
    expect(latestMock(row())).toBe('—');
    expect(latestMock(row({ mocks: [{ day: 'd', subject: 'jc', score: 48.4, passLine: 60 }] }))).toBe('48 / 及格 60');
    expect(latestMock(row({ mocks: [{ day: 'd', subject: 'jc', score: 72, passLine: 60 }] }))).toBe('72 / 及格 60 ✓');
    expect([pct(null), pct(0.625)]).toEqual(['—', '63%']);
    expect([heatStep(null), heatStep(0), heatStep(0.25), heatStep(1)]).toEqual(['hnone', 'h0', 'h2', 'h9']);
    expect(twoLines('综合能力 第2章 社会工作服务发展的基本原则')).toEqual(['综合能力 第2章', '社会工作服务发展的基本原则']);
    expect(twoLines('ch1')).toBe('ch1');
  });
});

import { describe, expect, it } from 'vitest';
import type { ExamSummary } from '@shared/ipc/contract';
import { trendConfig } from '../report/chartConfigs';
import { lobbyTrend } from './lobbyTrend';

const sitting = (createdAt: number, score: number, total = 100, passScore = 60): ExamSummary => ({
  id: `e${createdAt}`,
  subject: 'jc',
  subjectName: '社会工作综合能力（初级）',
  createdAt,
  score,
  total,
  passScore,
  passed: score >= passScore,
  caseCount: 0,
  pendingMarks: 0,
  usedMs: 60_000,
  custom: total !== 100,
  form: 'computer',
});

describe('the exam lobby trend chart', () => {
  it('draws the pass line across the chart with a single exam (a line from edge to edge, not a dot of radius 0)', () => {
    const { mock, subjectTotal } = lobbyTrend([sitting(Date.UTC(2026, 10, 1), 72)]);
    const config = trendConfig(mock, subjectTotal);
    const [scores, pass] = config.data.datasets;
    expect(scores!.data).toEqual([{ x: 0, y: 72 }]);
    expect(pass!.data).toEqual([
      { x: -0.5, y: 60 },
      { x: 0.5, y: 60 },
    ]);
    const x = config.options!.scales!.x!;
    expect([x.min, x.max]).toEqual([-0.5, 0.5]);
    expect(pass!.borderDash).toEqual([6, 4]);
  });

  it('puts custom papers on the 100-point scale, with the latest paper’s pass line', () => {
    const { mock, subjectTotal } = lobbyTrend([sitting(1, 30, 50, 30), sitting(2, 90), sitting(3, 12, 20, 12)]);
    const [scores, pass] = trendConfig(mock, subjectTotal).data.datasets;
    expect(scores!.data).toEqual([
      { x: 0, y: 60 },
      { x: 1, y: 90 },
      { x: 2, y: 60 },
    ]);
    expect(pass!.data).toEqual([
      { x: -0.5, y: 60 },
      { x: 2.5, y: 60 },
    ]);
  });
});

import type { ExamSummary, Report } from '@shared/ipc/contract';

/**
 * The exam lobby's trend of one subject, in the shape the 学习报告's trend chart takes (`trendConfig`), so both draw
 * the same chart. Scores go on a 100-point scale per paper (custom papers of other sizes sit on the same scale); the
 * pass line is the latest paper's pass score as a share of its total.
 */
export function lobbyTrend(entries: readonly ExamSummary[]): { mock: Report['mocks'][number]; subjectTotal: number } {
  const last = entries.at(-1);
  return {
    mock: {
      subject: last?.subject ?? 'jc',
      subjectName: last?.subjectName ?? '',
      passScore: last?.passScore ?? 0,
      points: entries.map((h) => ({ at: h.createdAt, score: h.score, total: h.total })),
      chapters: [],
    },
    subjectTotal: last?.total ?? 100,
  };
}

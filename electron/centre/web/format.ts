import type { LearnerRow } from '@shared/centre/contract';
import { PLAN_TODAY_TEXT } from '@shared/centre/planDay';

/** 0–1 → “62%”; no answers yet → “—”. */
export const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
/** 0–1 → 62.5 (one decimal, for a chart); no answers → 0. */
export const pct1 = (x: number | null) => (x === null ? 0 : Math.round(x * 1000) / 10);

/** 0–1 accuracy → the heat map cell's class, h0 … h9 (red = teach again … green = fine; colours in the page's CSS). */
export const heatStep = (accuracy: number | null) => (accuracy === null ? 'hnone' : `h${Math.min(9, Math.floor(accuracy * 10))}`);

/** A chapter bar's colour in the chart (the heat map's steps, stronger). */
export function barColour(accuracy: number | null): string {
  if (accuracy === null) return '#c8c8c8';
  const step = Math.min(9, Math.floor(accuracy * 10));
  if (step <= 3) return '#e06666';
  if (step <= 5) return '#f0a05a';
  if (step === 6) return '#e8c84a';
  if (step === 7) return '#a9cf5f';
  return '#5bb36a';
}

/** Today's study plan as the centre reports it (when the centre's version reports it). */
export type PlanFields = Pick<LearnerRow, 'planToday' | 'planKeptDays7'>;

/** The 今日计划 cell: 已完成 / 未完成 / 今天未学习, and “近 7 天完成 N 天”; null when the row carries no plan. */
export function planText(row: PlanFields): { today: string; week: string } | null {
  if (row.planToday === undefined) return null;
  const today = PLAN_TODAY_TEXT[row.planToday];
  return { today, week: row.planKeptDays7 === undefined ? '' : `近 7 天完成 ${row.planKeptDays7} 天` };
}

/** Whether any row carries today's plan (the column is shown only then). */
export const hasPlan = (rows: readonly (LearnerRow & PlanFields)[]) => rows.some((r) => r.planToday !== undefined);

export type Mock = LearnerRow['mocks'][number];

/** A sitting reached its pass line. */
export const passed = (m: Pick<Mock, 'score' | 'passLine'>) => m.score >= m.passLine;
/** 及格 / 未及格, for a sitting's result cell. */
export const resultText = (m: Pick<Mock, 'score' | 'passLine'>) => (passed(m) ? '及格' : '未及格');

/** The latest sitting, shown as “72 / 及格 60 ✓”. */
export function latestMock(row: LearnerRow): string {
  const last = row.mocks[row.mocks.length - 1];
  if (!last) return '—';
  return `${Math.round(last.score)} / 及格 ${Math.round(last.passLine)}${passed(last) ? ' ✓' : ''}`;
}

/** A learner's sittings by subject (subjects in the order first sat), each oldest first: one trend line per subject. */
export function mocksBySubject(mocks: readonly Mock[]): { subject: string | null; sittings: Mock[] }[] {
  const out = new Map<string | null, Mock[]>();
  for (const m of mocks) out.set(m.subject, [...(out.get(m.subject) ?? []), m]);
  return [...out].map(([subject, sittings]) => ({ subject, sittings }));
}

/** “综合能力 第2章 社会工作…” → two lines beside a bar on a narrow screen. */
export function twoLines(title: string): string | string[] {
  const m = /^(.*?章) (.+)$/.exec(title);
  return m ? [m[1]!, m[2]!] : title;
}

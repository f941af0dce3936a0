import type { ChapterRow, LearnerRow } from '@shared/centre/contract';
import { PLAN_TODAY_TEXT } from '@shared/centre/planDay';
import { streakOfRun } from '@core/progress/streak';
import type { Db } from './db';

/** The dashboard's queries, each answered from the counters and indexes (their plans are in the README). */
export const DASHBOARD_SQL = {
  learners: `SELECT l.id, l.name, s.answers, s.correct, s.items,
                    to_char(s.last_day, 'YYYY-MM-DD') AS last_day, to_char(s.run_start, 'YYYY-MM-DD') AS run_start,
                    (SELECT count(*)::int FROM machine_learners m WHERE m.learner_id = l.id) AS machines
               FROM learners l JOIN learner_stats s ON s.learner_id = l.id
              WHERE l.class_id = $1 ORDER BY l.name`,
  mocks: `SELECT e.learner_id, to_char(e.day, 'YYYY-MM-DD') AS day, e.payload->>'subject' AS subject, e.score, e.pass_line
            FROM events e JOIN learners l ON l.id = e.learner_id
           WHERE l.class_id = $1 AND e.kind = 'exam' ORDER BY e.day, e.at`,
  // Today's plan and the days it was kept, over the last 7 days up to the centre's today ($2); the learner's day
  // strings are compared as they came (a learner in the centre's time zone shares its today).
  planDays: `SELECT e.learner_id,
                 bool_or(e.day = $2::date) AS seen_today,
                 bool_or(e.day = $2::date AND e.event_id LIKE 'plan|%|kept') AS kept_today,
                 (count(DISTINCT e.day) FILTER (WHERE e.event_id LIKE 'plan|%|kept'))::int AS kept_days
            FROM events e JOIN learners l ON l.id = e.learner_id
           WHERE l.class_id = $1 AND e.kind = 'plan' AND e.day BETWEEN $2::date - 6 AND $2::date
           GROUP BY e.learner_id`,
  // the class's counters (migration 006): at most 16 rows per chapter however many learners and answers; a chapter
  // whose every answer was taken back with a deleted learner is left out, as if never answered
  chapters: `SELECT chapter, sum(answers)::int AS answers, sum(correct)::int AS correct
               FROM class_chapter_stats WHERE class_id = $1 GROUP BY chapter HAVING sum(answers) > 0 ORDER BY chapter`,
};

const ratio = (correct: number, answers: number) => (answers ? correct / answers : null);

/**
 * Per learner: items done, accuracy, 打卡 streak (days up to `today`), machines, mock scores with the pass line, and
 * today's plan (kept / open / none) with the number of the last 7 days (up to `today`) it was kept.
 */
export async function learnerTable(db: Db, classId: number, today: string): Promise<LearnerRow[]> {
  const [learners, mocks, plans] = await Promise.all([
    db.query<{
      id: number;
      name: string;
      answers: number;
      correct: number;
      items: number;
      machines: number;
      last_day: string | null;
      run_start: string | null;
    }>(DASHBOARD_SQL.learners, [classId]),
    db.query<{ learner_id: number; day: string; subject: string | null; score: number | null; pass_line: number | null }>(
      DASHBOARD_SQL.mocks,
      [classId],
    ),
    db.query<{ learner_id: number; seen_today: boolean; kept_today: boolean; kept_days: number }>(DASHBOARD_SQL.planDays, [classId, today]),
  ]);
  const planOf = new Map(plans.map((p) => [p.learner_id, p]));
  const mocksOf = new Map<number, LearnerRow['mocks']>();
  for (const m of mocks)
    if (m.score !== null && m.pass_line !== null)
      mocksOf.set(m.learner_id, [
        ...(mocksOf.get(m.learner_id) ?? []),
        { day: m.day, subject: m.subject, score: m.score, passLine: m.pass_line },
      ]);
  return learners.map((l) => {
    const plan = planOf.get(l.id);
    return {
      learnerId: l.id,
      name: l.name,
      itemsDone: l.items,
      answers: l.answers,
      accuracy: ratio(l.correct, l.answers),
      streak: streakOfRun(l.run_start, l.last_day, today),
      lastDay: l.last_day,
      machines: l.machines,
      mocks: mocksOf.get(l.id) ?? [],
      planToday: plan?.kept_today ? 'kept' : plan?.seen_today ? 'open' : 'none',
      planKeptDays7: plan?.kept_days ?? 0,
    };
  });
}

/** Per chapter: how many answers the class gave and what share was right (the heat map's cells). */
export async function chapterTable(db: Db, classId: number): Promise<ChapterRow[]> {
  const rows = await db.query<{ chapter: string; answers: number; correct: number }>(DASHBOARD_SQL.chapters, [classId]);
  return rows.map((r) => ({ chapter: r.chapter, answers: r.answers, accuracy: ratio(r.correct, r.answers) }));
}

type Cell = string | number | null;
const pct1 = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);

/** The learner table as exported (.csv / .xlsx): one row per learner. */
export function learnerSheet(rows: LearnerRow[]): { header: string[]; rows: Cell[][] } {
  return {
    header: [
      '学员',
      '做过的题',
      '答题次数',
      '正确率（%）',
      '连续打卡（天）',
      '最近学习',
      '模拟考试次数',
      '最近模拟考试分数',
      '及格线',
      '电脑',
      '今日计划',
      '近7天完成（天）',
    ],
    rows: rows.map((l) => {
      const last = l.mocks[l.mocks.length - 1];
      return [
        l.name,
        l.itemsDone,
        l.answers,
        pct1(l.accuracy),
        l.streak,
        l.lastDay,
        l.mocks.length,
        last?.score ?? null,
        last?.passLine ?? null,
        l.machines,
        l.planToday ? PLAN_TODAY_TEXT[l.planToday] : null,
        l.planKeptDays7 ?? null,
      ];
    }),
  };
}

/** One learner's answers and accuracy per chapter (the learner's detail on the class page). */
export async function learnerChapters(db: Db, learnerId: number): Promise<ChapterRow[]> {
  const rows = await db.query<{ chapter: string; answers: number; correct: number }>(
    'SELECT chapter, answers, correct FROM learner_chapter_stats WHERE learner_id = $1 ORDER BY chapter',
    [learnerId],
  );
  return rows.map((r) => ({ chapter: r.chapter, answers: r.answers, accuracy: ratio(r.correct, r.answers) }));
}

/** The chapter table as exported: the class's answers and accuracy per chapter, with the chapter's title (or its id). */
export function chapterSheet(rows: ChapterRow[], titles: ReadonlyMap<string, string> = new Map()): { header: string[]; rows: Cell[][] } {
  return {
    header: ['章节', '章节名称', '答题次数', '正确率（%）'],
    rows: rows.map((c) => [c.chapter, titles.get(c.chapter) ?? c.chapter, c.answers, pct1(c.accuracy)]),
  };
}

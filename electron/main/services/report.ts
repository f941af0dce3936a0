import { accuracyBy, accuracyOfStats, share } from '@core/report/accuracy';
import { SLOT_MS } from '@core/learner/learnerModel';
import { mockTrends, type MockInput } from '@core/report/mockSummary';
import { chapterMastery, itemChance, predictCaseScore, predictObjectiveScore, type ChapterMastery } from '@core/report/predictScore';
import { passStandings } from '@core/exam/passCarry';
import { nextStep, type NextStep } from '@core/report/nextStep';
import { studyCalendar, studyCalendarOfSlots } from '@core/report/studyCalendar';
import { DAY } from '@core/srs/calendar';
import { isUnsortedChapter, type SubjectId } from '@shared/bank/schema';
import { isImportedId } from '@core/import/ids';
import type { ChapterStanding, Report, SubjectStanding } from '@shared/ipc/contract';
import { examHistory, examResult } from './exam/results';
import { passedSubjects } from './learnerItems';
import type { Services } from './services';
import { todayForecast, todayPlan } from './today';

/** New items a day an evening can carry (about 40 minutes at a minute each, with the day's reviews). */
export const MANAGEABLE_NEW_PER_DAY = 40;

/**
 * 学习报告: where the learner stands per subject (with a predicted score), chapter mastery weakest first, days studied,
 * mock trends and the plan. Computed from the answer index and the last month or two of the log (never all of it), all in the pure core.
 */
export async function learnerReport(s: Services): Promise<Report> {
  const now = s.config.now();
  const level = s.settings.get().level;
  const subjects = s.bank.subjects.filter((x) => x.def.level === level);
  const stats = s.answers.model().questions;
  const chanceOf = (id: string) => itemChance(stats.get(id), (st) => (st.card ? s.scheduler.retrievability(st.card, now) : null));
  const subjectOf = (questionId: string) => s.bank.chapter(s.bank.chapterOf(questionId) ?? '')?.subject.def.id;
  // Never the whole log: the last 30 days from their month files, all time from the per-question counts, the
  // calendar from the answers per half-hour slot kept in the index.
  const recent = accuracyBy(await s.answers.since(now - 30 * DAY), subjectOf, now - 30 * DAY);
  const allTime = accuracyOfStats(stats, subjectOf);
  const model = s.answers.model();
  const calendar =
    s.day.offsetMs % SLOT_MS === 0
      ? studyCalendarOfSlots(
          (function* () {
            for (const [slot, [n, ms]] of model.activity) yield [slot * SLOT_MS, n, ms] as [number, number, number];
          })(),
          s.day,
          now,
        )
      : studyCalendar(await s.answers.since(s.day.startOf(now) - 182 * DAY), s.day, now);

  const mocks: MockInput[] = examHistory(s)
    .filter((e) => subjects.some((x) => x.def.id === e.subject))
    .map((e) => {
      const r = examResult(s, e.id);
      return {
        subject: e.subject,
        at: e.createdAt,
        score: r.score,
        total: r.total,
        passScore: r.passScore,
        pendingMarks: r.pendingMarks,
        chapters: r.chapters,
      };
    });
  const trends = mockTrends(mocks);

  const st = s.settings.get();
  const thisYear = Number(s.day.key(now).slice(0, 4));
  const examYear = st.examDate ? Math.max(thisYear, Number(st.examDate.slice(0, 4))) : thisYear;
  const passes = new Map(
    level
      ? passStandings(
          level,
          subjects.map((x) => x.def.id),
          st.passes,
          examYear,
          thisYear,
        ).map((p) => [p.subject, p])
      : [],
  );
  const attempted = new Set(s.caseAttempts.all().map((a) => a.questionId));
  // Answers to removed imported items (已删除) alone are no answer record for a prediction.
  const answeredAny = [...stats.keys()].some((id) => s.bank.item(id) !== undefined);
  const standings: SubjectStanding[] = [];
  const chapters: ChapterStanding[] = [];
  for (const sub of subjects) {
    const bp = sub.def.blueprint;
    const items = sub.chapters.flatMap((c) => s.bank.itemsInChapter(c.id));
    const done = items.filter((i) => (i.type === 'case' ? attempted.has(i.id) : stats.has(i.id))).length;
    const lastMock = trends.find((t) => t.subject === sub.def.id)?.points.at(-1) ?? null;
    let predicted: number | null;
    if (bp.kind === 'objective') {
      const mastery: ChapterMastery[] = sub.chapters.map((c) =>
        chapterMastery(
          {
            id: c.id,
            no: c.no,
            title: c.title,
            // 未分章 is no exam chapter: shown with its mastery, left out of the predicted score.
            weight: isUnsortedChapter(c.id) ? 0 : (s.weights[c.id] ?? 1),
            items: s.bank.itemsInChapter(c.id).flatMap((i) => (i.type === 'case' ? [] : [{ id: i.id, type: i.type }])),
          },
          chanceOf,
        ),
      );
      predicted = answeredAny ? predictObjectiveScore(bp, mastery) : null;
      for (const m of mastery)
        chapters.push({
          subject: sub.def.id,
          id: m.id,
          no: m.no,
          title: m.title,
          total: m.total,
          seen: m.seen,
          mastery: m.mastery,
          unseenShare: m.unseenShare,
        });
    } else {
      const ids = new Set(items.map((i) => i.id));
      predicted = predictCaseScore(
        bp.total,
        s.caseAttempts.all().filter((a) => ids.has(a.questionId)),
      );
    }
    standings.push({
      id: sub.def.id,
      name: sub.def.name,
      kind: bp.kind,
      itemsDone: done,
      itemsTotal: items.length,
      accuracy30: bp.kind === 'objective' ? share(recent.get(sub.def.id)) : null,
      accuracyAll: bp.kind === 'objective' ? share(allTime.get(sub.def.id)) : null,
      predicted,
      total: bp.total,
      passScore: bp.pass,
      lastMock: lastMock ? { at: lastMock.at, score: lastMock.score } : null,
      pass: (({ subject: _s, ...p }) => p)(
        passes.get(sub.def.id) ?? {
          subject: sub.def.id,
          passedYear: null,
          validThrough: null,
          countsForExam: false,
          lapsesBeforeExam: false,
        },
      ),
    });
  }
  // Weakest first; chapters not yet started after every started one, in syllabus order.
  chapters.sort((a, b) => (a.mastery ?? 2) - (b.mastery ?? 2) || a.subject.localeCompare(b.subject) || a.no - b.no);

  const today = todayPlan(s);
  // Answers to imported items whose bank was removed stay in the log: counted here, not silently dropped.
  const levelSubjects = new Set<string>(subjects.map((x) => x.def.id));
  let deletedAnswers = 0;
  for (const [id, st] of stats)
    if (isImportedId(id) && !s.bank.item(id) && levelSubjects.has(id.slice(4, 6))) deletedAnswers += st.attempts;
  const names = new Map(subjects.map((x) => [x.def.id as string, x.def.name]));
  return {
    subjects: standings,
    chapters,
    deletedImported: { answers: deletedAnswers },
    calendar,
    mocks: trends.map((t) => ({
      ...t,
      subject: t.subject as Report['mocks'][number]['subject'],
      subjectName: names.get(t.subject) ?? t.subject,
    })),
    plan: {
      today,
      forecast: todayForecast(s).days,
      onTrack:
        today.quota.reason === 'exam-date'
          ? today.quota.perDay <= MANAGEABLE_NEW_PER_DAY
          : today.quota.reason === 'review-period' || today.quota.reason === 'all-introduced'
            ? true
            : null,
      manageablePerDay: MANAGEABLE_NEW_PER_DAY,
    },
  };
}

/** 今日学习 is done: the next useful step (a mock in the last two weeks, the weakest chapter, more new items, or rest). */
export function todayNext(s: Services): NextStep<SubjectId> {
  const now = s.config.now();
  const level = s.settings.get().level;
  // 滚动管理: a subject whose pass still counts is neither the weakest chapter to practise nor the mock to sit next.
  const passed = passedSubjects(s);
  const subjects = s.bank.subjects.filter((x) => x.def.level === level && x.def.blueprint.kind === 'objective' && !passed.has(x.def.id));
  const stats = s.answers.model().questions;
  const chanceOf = (id: string) => itemChance(stats.get(id), (st) => (st.card ? s.scheduler.retrievability(st.card, now) : null));
  let weakest: { subject: SubjectId; chapter: string; mastery: number } | null = null;
  for (const sub of subjects)
    for (const c of sub.chapters) {
      const items = s.bank.itemsInChapter(c.id).flatMap((i) => (i.type === 'case' ? [] : [{ id: i.id, type: i.type }]));
      const m = chapterMastery({ id: c.id, no: c.no, title: c.title, weight: 1, items }, chanceOf);
      // Only a chapter with a few items behind it says something about the learner.
      if (m.mastery !== null && m.seen >= 3 && (!weakest || m.mastery < weakest.mastery))
        weakest = { subject: sub.def.id, chapter: c.id, mastery: m.mastery };
    }
  const history = examHistory(s);
  const plan = todayPlan(s);
  return nextStep({
    now,
    inReviewPeriod: plan.quota.reason === 'review-period',
    unintroduced: plan.unintroduced,
    weakest,
    mocks: subjects.map((sub) => ({
      subject: sub.def.id,
      lastAt: history.filter((e) => e.subject === sub.def.id).reduce<number | null>((n, e) => Math.max(n ?? 0, e.createdAt), null),
    })),
  });
}

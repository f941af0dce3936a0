import { isImportedId } from '@core/import/ids';
import { basisOf } from '../itemBasis';
import { judgePaper, scorePaper, type PaperCaseItem, type PaperObjectiveItem } from '@core/exam/scorePaper';
import { chapterLabel, type Item } from '@shared/bank/schema';
import { AppError } from '@shared/errors';
import type { ExamResult, ExamSummary } from '@shared/ipc/contract';
import type { ExamDoc } from '../../storage/examsRepo';
import type { Services } from '../services';
import { examOrThrow, subjectOf } from './lookup';

/** What this feature uses of the services. */
type Deps = Pick<Services, 'bank' | 'exams'>;

export function scoreOf(s: Deps, e: ExamDoc) {
  const items = e.items
    .map((id) => s.bank.item(id))
    .filter((i): i is Item => i !== undefined)
    .map((i): PaperObjectiveItem | PaperCaseItem =>
      i.type === 'case'
        ? { id: i.id, chapter: i.chapter, type: 'case', questions: i.questions }
        : { id: i.id, chapter: i.chapter, type: i.type, answer: i.answer },
    );
  const scored = scorePaper(items, e.answers, e.caseMarks);
  return { scored, ...judgePaper(scored, e.passLine) };
}

export function examResult(s: Deps, id: string): ExamResult {
  const e = examOrThrow(s, id);
  if (e.submittedAt === null) throw new AppError('REFUSED', '这份试卷还没有交卷。');
  const sub = subjectOf(s, e.subject);
  const { scored, passScore, passed, pendingMarks } = scoreOf(s, e);
  const titles = new Map(sub.chapters.map((c) => [c.id, chapterLabel(c)]));
  const byId = new Map(scored.items.map((x) => [x.id, x]));
  return {
    id: e.id,
    subject: e.subject,
    subjectName: sub.def.name,
    kind: e.kind,
    createdAt: e.createdAt,
    submittedAt: e.submittedAt,
    autoSubmitted: e.autoSubmitted,
    usedMs: e.submittedAt - e.createdAt,
    score: scored.score,
    total: scored.max,
    passScore,
    passed,
    unanswered: scored.unanswered,
    withdrawn: e.items.filter((qid) => !s.bank.item(qid) && !isImportedId(qid)).length,
    deleted: e.items.filter((qid) => !s.bank.item(qid) && isImportedId(qid)).length,
    caseCount: scored.caseCount,
    pendingMarks,
    chapters: scored.chapters.map((c) => ({
      id: c.chapter,
      title: titles.get(c.chapter) ?? c.chapter,
      items: c.items,
      correct: c.correct,
      score: c.score,
      max: c.max,
      pending: c.pending,
    })),
    items: e.items
      .map((qid) => s.bank.item(qid))
      .filter((i): i is Item => i !== undefined)
      .map((i) => {
        const sc = byId.get(i.id)!;
        return i.type === 'case'
          ? {
              id: i.id,
              type: 'case' as const,
              caseKind: i.caseKind,
              stem: `${i.title}\n${i.material}`,
              options: [],
              choice: [],
              answer: [],
              explanation: i.explanation ?? '',
              basis: basisOf(i),
              outcome: sc.outcome,
              flagged: e.marked.includes(i.id),
              score: sc.score,
              max: sc.max,
              caseAnswers: e.caseAnswers[i.id] ?? [],
              points: i.questions.map((q) => ({ no: q.no, prompt: q.prompt, points: q.points })),
              covered: e.caseMarks[i.id] ?? [],
            }
          : {
              id: i.id,
              type: i.type,
              caseKind: null,
              stem: i.stem,
              options: i.options,
              choice: e.answers[i.id] ?? [],
              answer: i.answer,
              explanation: i.explanation,
              basis: basisOf(i),
              outcome: sc.outcome,
              flagged: e.marked.includes(i.id),
              score: sc.score,
              max: sc.max,
              caseAnswers: [],
              points: [],
              covered: [],
            };
      }),
  };
}

export function examHistory(s: Deps): ExamSummary[] {
  return s.exams
    .all()
    .filter((e) => e.submittedAt !== null)
    .map((e) => {
      const { scored, passScore, passed, pendingMarks } = scoreOf(s, e);
      return {
        id: e.id,
        subject: e.subject,
        subjectName: subjectOf(s, e.subject).def.name,
        createdAt: e.createdAt,
        score: scored.score,
        total: scored.max,
        passScore,
        passed,
        caseCount: scored.caseCount,
        pendingMarks,
        usedMs: e.submittedAt! - e.createdAt,
        custom: e.custom,
        form: e.form,
      };
    });
}

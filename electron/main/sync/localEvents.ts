import { answerKey, missingByKey } from '@core/transfer/merge';
import type { SyncEvent } from '@shared/centre/contract';
import { AnswerRecord, CaseAttempt } from '@shared/records';
import { scoreOf } from '../services/exam/results';
import type { Services } from '../services/services';
import { parseExamDoc, toExamDocV1, type ExamDoc } from '../storage/examsRepo';

/** The event id of a case attempt and of a mock sitting (an answer's is its `answerKey`, as the progress import uses). */
export const caseEventId = (a: { questionId: string; at: number }) => `case:${a.questionId}|${a.at}`;
export const examEventId = (id: string) => `exam:${id}`;

/**
 * Every study event of the open learner as the centre receives it: answers, self-marked case attempts and submitted
 * mock sittings (scored out of 100, with the paper's pass line). The record itself travels as the payload.
 */
export async function localEvents(s: Services): Promise<SyncEvent[]> {
  const out: SyncEvent[] = [];
  const base = { questionId: null, chapter: null, correct: null, score: null, maxScore: null, passLine: null };
  for (const r of await s.answers.history())
    out.push({
      ...base,
      id: answerKey(r),
      kind: 'answer',
      at: r.at,
      day: s.day.key(r.at),
      questionId: r.questionId,
      chapter: s.bank.chapterOf(r.questionId) ?? null,
      correct: r.correct,
      payload: { ...r },
    });
  for (const a of s.caseAttempts.all())
    out.push({
      ...base,
      id: caseEventId(a),
      kind: 'case',
      at: a.at,
      day: s.day.key(a.at),
      questionId: a.questionId,
      chapter: s.bank.chapterOf(a.questionId) ?? null,
      score: a.score,
      maxScore: a.maxScore,
      payload: { ...a },
    });
  for (const e of s.exams.all()) {
    if (e.submittedAt === null || !e.answersLogged) continue;
    const { scored } = scoreOf(s, e);
    out.push({
      ...base,
      id: examEventId(e.id),
      kind: 'exam',
      at: e.submittedAt,
      day: s.day.key(e.submittedAt),
      score: scored.max ? Math.round((scored.score / scored.max) * 1000) / 10 : 0,
      maxScore: 100,
      passLine: e.passLine,
      // The payload keeps its v1 shape (no form): the centre and older apps read it unchanged.
      payload: toExamDocV1(e),
    });
  }
  return out;
}

/**
 * Folds events pulled from the learner's other PCs into this one through the same merges the progress import uses:
 * answers added once to the log (cards recomputed), case attempts and mock sittings kept once. A payload this app
 * cannot read is skipped and counted; nothing here is ever removed or overwritten.
 */
export async function mergePulled(s: Services, events: readonly SyncEvent[]): Promise<{ merged: number; skipped: number }> {
  const answers: AnswerRecord[] = [];
  const attempts: CaseAttempt[] = [];
  const exams: ExamDoc[] = [];
  let skipped = 0;
  for (const e of events) {
    // Another PC's plan days are its own (a centre sends none; this PC notes its own plan).
    if (e.kind === 'plan') continue;
    if (e.kind === 'exam') {
      // A v1 payload (any app version sends one) becomes a sitting shown on the computer-exam screen.
      const doc = parseExamDoc(e.payload);
      if (doc) exams.push(doc);
      else skipped++;
      continue;
    }
    const schema = e.kind === 'answer' ? AnswerRecord : CaseAttempt;
    const r = schema.safeParse(e.payload);
    if (!r.success) {
      skipped++;
      continue;
    }
    if (e.kind === 'answer') answers.push(r.data as AnswerRecord);
    else attempts.push(r.data as CaseAttempt);
  }
  const newAnswers = answers.length ? missingByKey(await s.answers.history(), answers, answerKey) : [];
  const newAttempts = missingByKey(s.caseAttempts.all(), attempts, (a) => `${a.questionId}|${a.at}`);
  const newExams = exams.filter((x) => !s.exams.get(x.id));
  if (newAnswers.length) await s.answers.importRecords(newAnswers);
  if (newAttempts.length) await s.caseAttempts.addMany(newAttempts);
  for (const x of newExams) await s.exams.create(x);
  return { merged: newAnswers.length + newAttempts.length + newExams.length, skipped };
}

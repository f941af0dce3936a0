import { normaliseCovered } from '@core/scoring/caseScore';
import { remaining } from '@core/exam/timer';
import type { CaseItem, Item, OptionKey } from '@shared/bank/schema';
import { AppError } from '@shared/errors';
import type { CardOrder } from '@shared/formats';
import type { ExamResult, ExamView } from '@shared/ipc/contract';
import type { ExamDoc } from '../../storage/examsRepo';
import { publicCase } from '../cases';
import { toPublic } from '../practice';
import { recordAnswers, type AnswerInput } from '../recordAnswers';
import type { Services } from '../services';
import { examOrThrow, subjectOf } from './lookup';
import { EXAM_MESSAGES as M } from './messages';
import { examResult } from './results';

/** What this feature uses of the services. */
type Deps = Pick<Services, 'answers' | 'bank' | 'caseAttempts' | 'collections' | 'config' | 'day' | 'exams' | 'learnerId' | 'profiles'>;

/** The subject's answer-card numbering (blueprint data; along the rows where the data says nothing). */
function cardOrderOf(s: Deps, subject: ExamDoc['subject']): CardOrder {
  const bp = subjectOf(s, subject).def.blueprint;
  return (bp.kind === 'objective' ? bp.cardOrder : undefined) ?? 'rows';
}

export function view(s: Deps, e: Omit<ExamDoc, 'version'>): ExamView {
  const items = e.items.map((id) => s.bank.item(id)).filter((i): i is Item => i !== undefined);
  return {
    id: e.id,
    candidate: (s.learnerId ? s.profiles.get(s.learnerId)?.name : undefined) ?? '考生',
    subject: e.subject,
    subjectName: subjectOf(s, e.subject).def.name,
    kind: e.kind,
    form: e.form,
    cardOrder: cardOrderOf(s, e.subject),
    deadline: e.deadline,
    serverNow: s.config.now(),
    minutes: e.minutes,
    questions: items.filter((i) => i.type !== 'case').map(toPublic),
    cases: items.filter((i): i is CaseItem => i.type === 'case').map(publicCase),
    answers: e.answers,
    marked: e.marked,
    caseAnswers: e.caseAnswers,
    submitted: e.submittedAt !== null,
  };
}

/** The exam as it stands; a paper whose time ran out while the app was closed is submitted first. */
export async function getExam(s: Deps, id: string): Promise<ExamView> {
  const e = examOrThrow(s, id);
  if (e.submittedAt === null && remaining(e.deadline, s.config.now()) === 0) await submitExam(s, id, true);
  return view(s, examOrThrow(s, id));
}

/** Checks an answer can still be changed; past the deadline the paper is submitted and the learner told. */
async function writable(s: Deps, id: string, questionId: string): Promise<ExamDoc> {
  const e = examOrThrow(s, id);
  if (e.submittedAt !== null) throw new AppError('REFUSED', M.submitted);
  if (remaining(e.deadline, s.config.now()) === 0) {
    await submitExam(s, id, true);
    throw new AppError('REFUSED', M.timeUp);
  }
  if (!e.items.includes(questionId)) throw new AppError('BAD_REQUEST', M.notInPaper);
  return e;
}

export async function answerExam(s: Deps, id: string, questionId: string, choice: OptionKey[]): Promise<{ saved: boolean }> {
  await writable(s, id, questionId);
  const item = s.bank.item(questionId);
  if (item && item.type !== 'case' && choice.some((k) => !item.options.some((o) => o.key === k)))
    throw new AppError('BAD_REQUEST', M.notInPaper);
  const saved = await s.exams.update(id, (d) => ({
    ...d,
    answers: { ...d.answers, [questionId]: [...new Set(choice)].sort() as OptionKey[] },
  }));
  return { saved };
}

export async function markExam(s: Deps, id: string, questionId: string, marked: boolean): Promise<{ saved: boolean }> {
  await writable(s, id, questionId);
  const saved = await s.exams.update(id, (d) => ({
    ...d,
    marked: marked ? [...new Set([...d.marked, questionId])] : d.marked.filter((q) => q !== questionId),
  }));
  return { saved };
}

export async function caseAnswerExam(s: Deps, id: string, questionId: string, answers: string[]): Promise<{ saved: boolean }> {
  await writable(s, id, questionId);
  const saved = await s.exams.update(id, (d) => ({ ...d, caseAnswers: { ...d.caseAnswers, [questionId]: answers } }));
  return { saved };
}

/**
 * Submits: the time is stopped at the deadline at the latest, and every objective answer goes into the answer log
 * (mode "exam"), so wrong items land in the 错题本; they count for FSRS only as free practice does (when due).
 */
export async function submitExam(s: Deps, id: string, auto = false): Promise<ExamResult> {
  const e = examOrThrow(s, id);
  if (e.submittedAt !== null) {
    if (!e.answersLogged) await logSubmittedAnswers(s, id);
    return examResult(s, id);
  }
  const now = s.config.now();
  const at = Math.min(now, e.deadline);
  // Marked submitted with its answers still to be logged, then logged, then marked logged: a crash at any point
  // leaves a paper that the next open completes (completeInterruptedSubmissions), never one whose wrong answers
  // silently miss the 错题本.
  await s.exams.update(id, (d) => ({ ...d, submittedAt: at, autoSubmitted: auto || now >= d.deadline, answersLogged: false }));
  // Nothing of this paper can be in the log yet (answers are logged only after submittedAt is set): no need to look.
  await logSubmittedAnswers(s, id, false);
  return examResult(s, id);
}

/**
 * Appends a submitted paper's objective answers to the answer log with one flush, each carrying the exam id, and
 * records that it is done. When completing an interrupted 交卷 (`mayBeLogged`), answers already in the log (a crash
 * after the append but before it was recorded, or answers still queued for a full disk) are skipped.
 */
async function logSubmittedAnswers(s: Deps, id: string, mayBeLogged = true): Promise<void> {
  const e = examOrThrow(s, id);
  const at = e.submittedAt!;
  const logged = mayBeLogged ? await s.answers.monthOf(at) : [];
  const already = new Set(logged.filter((r) => r.examId === id).map((r) => r.questionId));
  const answers: AnswerInput[] = [];
  for (const qid of e.items) {
    const item = s.bank.item(qid);
    const choice = e.answers[qid];
    if (!item || item.type === 'case' || !choice?.length || already.has(qid)) continue;
    // Mock-exam answers have no time per item (0): they never count toward the learner's pace.
    answers.push({ item, choice, responseMs: 0 });
  }
  // One write and one flush for the whole paper.
  const { saved } = await recordAnswers(s, answers, { mode: 'exam', at, examId: id });
  if (!saved) return; // kept queued; completed once the disk accepts it
  await s.exams.update(id, (d) => ({ ...d, answersLogged: true }));
}

/** Papers a crash left between 交卷 and the answer log: completed when the learner's records are opened. */
export async function completeInterruptedSubmissions(s: Deps): Promise<void> {
  for (const e of s.exams.all()) if (e.submittedAt !== null && !e.answersLogged) await logSubmittedAnswers(s, e.id);
}

/**
 * Records the learner's self-marking of one case: the points covered per sub-question. A mark covering nothing is a
 * real mark (0 points) and ends the case's pending state, as any mark does; it is stored as one (possibly empty) list
 * per sub-question. Marking again replaces the mark.
 */
export async function caseMarkExam(s: Deps, id: string, questionId: string, covered: number[][]): Promise<ExamResult> {
  const e = examOrThrow(s, id);
  if (e.submittedAt === null) throw new AppError('REFUSED', M.submitFirst);
  if (!e.items.includes(questionId)) throw new AppError('BAD_REQUEST', M.notInPaper);
  const item = s.bank.item(questionId);
  if (!item || item.type !== 'case') throw new AppError('BAD_REQUEST', M.notCase);
  await s.exams.update(id, (d) => ({ ...d, caseMarks: { ...d.caseMarks, [questionId]: normaliseCovered(item, covered) } }));
  return examResult(s, id);
}

/** The unfinished mock to offer on start-up; one whose time ran out meanwhile is submitted (time counts, as in the real exam). */
export async function activeExam(s: Deps): Promise<{ id: string; subjectName: string; remainingMs: number } | null> {
  for (const e of s.exams.all().filter((x) => x.submittedAt === null)) {
    const left = remaining(e.deadline, s.config.now());
    if (left === 0) {
      await submitExam(s, e.id, true);
      continue;
    }
    return { id: e.id, subjectName: subjectOf(s, e.subject).def.name, remainingMs: left };
  }
  return null;
}

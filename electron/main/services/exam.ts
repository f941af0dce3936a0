import { randomInt } from 'node:crypto';
import { assemblePaper, type PoolItem } from '@core/exam/assemble';
import { judgePaper, scorePaper, type PaperCaseItem, type PaperObjectiveItem } from '@core/exam/scorePaper';
import { normaliseCovered } from '@core/scoring/caseScore';
import { remaining } from '@core/exam/timer';
import type { CaseItem, Item, OptionKey, SubjectId } from '@shared/bank/schema';
import { AppError } from '@shared/errors';
import type { ExamOptions, ExamResult, ExamStartArgs, ExamSummary, ExamView } from '@shared/ipc/contract';
import type { ExamDoc } from '../storage/examsRepo';
import type { Services } from './services';
import { toPublic } from './practice';
import { recordAnswers, type AnswerInput } from './recordAnswers';
import { publicCase } from './cases';

/** Mock papers of the last few exams of a subject are avoided when drawing a new one. */
const RECENT_EXAMS = 3;
const M = {
  noSubject: '没有找到这个科目。请返回首页重新选择。',
  noExam: '没有找到这场模拟考试，可能已被删除。请返回首页。',
  notFull: (have: string, want: string) =>
    `题库目前只有 ${have}，组不成完整的试卷（需要 ${want}）。可以改用下面的“自定义试卷”，出一份题量较少的卷子。`,
  tooFew: (have: string) => `所选范围内的题不够：目前只有 ${have}。请减少题量或多选几个章节。`,
  empty: '试卷至少要有 1 道题。',
  timeUp: '考试时间已到，试卷已自动交卷。',
  submitted: '这份试卷已经交卷，不能再修改答案。',
  notInPaper: '这道题不在这份试卷里。',
  unfinished: (name: string) => `还有一场未完成的模拟考试（${name}）。请先回到首页继续作答或交卷，再开始新的考试。`,
  submitFirst: '请先交卷，再对照参考要点评分。',
  notCase: '这道题不是案例题，不需要自己评分。',
};
const KIND_NAMES: Record<string, string> = { single: '单选题', multiple: '多选题', analysis: '案例分析题', design: '方案设计题' };
const describe = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([k, n]) => `${KIND_NAMES[k] ?? k} ${n} 道`)
    .join('、');

function subjectOf(s: Services, id: SubjectId) {
  const sub = s.bank.subject(id);
  if (!sub) throw new AppError('NOT_FOUND', M.noSubject);
  return sub;
}

function kindOf(item: Item): string {
  return item.type === 'case' ? item.caseKind : item.type;
}

/** Items a paper may draw: the official-blueprint paper uses only the reviewed bank; a custom paper also imported items. */
function poolOf(s: Services, subject: SubjectId, withImported = false): PoolItem[] {
  return subjectOf(s, subject).chapters.flatMap((c) =>
    s.bank
      .itemsInChapter(c.id)
      .filter((i) => withImported || !('imported' in i))
      .map((i) => ({ id: i.id, chapter: i.chapter, kind: kindOf(i) })),
  );
}

function blueprintCounts(s: Services, subject: SubjectId): Record<string, number> {
  const bp = subjectOf(s, subject).def.blueprint;
  return bp.kind === 'objective' ? { single: bp.single, multiple: bp.multiple } : { analysis: bp.analysis, design: bp.design };
}

export function examOptions(s: Services, subject: SubjectId): ExamOptions {
  const sub = subjectOf(s, subject);
  const blueprint = blueprintCounts(s, subject);
  const available: Record<string, number> = {};
  for (const p of poolOf(s, subject)) available[p.kind] = (available[p.kind] ?? 0) + 1;
  for (const k of Object.keys(blueprint)) available[k] ??= 0;
  return {
    subject,
    name: sub.def.name,
    kind: sub.def.blueprint.kind,
    blueprint,
    available,
    minutes: sub.def.blueprint.minutes,
    total: sub.def.blueprint.total,
    full: Object.entries(blueprint).every(([k, n]) => (available[k] ?? 0) >= n),
    chapters: sub.chapters.map((c) => ({ id: c.id, no: c.no, title: c.title })),
  };
}

/** Makes a paper (official blueprint, or a custom one) and starts its clock. Never a short or padded paper. */
export async function startExam(s: Services, args: ExamStartArgs): Promise<ExamView> {
  const sub = subjectOf(s, args.subject);
  // One mock at a time, as in the real exam: an unfinished one is continued or submitted first.
  const unfinished = await activeExam(s);
  if (unfinished) throw new AppError('REFUSED', M.unfinished(unfinished.subjectName));
  const counts = args.custom
    ? Object.fromEntries(Object.entries(args.custom.counts).filter(([, n]) => n > 0))
    : blueprintCounts(s, args.subject);
  if (Object.keys(counts).length === 0) throw new AppError('REFUSED', M.empty);
  const recent = new Set(
    s.exams
      .all()
      .filter((e) => e.subject === args.subject)
      .slice(-RECENT_EXAMS)
      .flatMap((e) => e.items),
  );
  const now = s.config.now();
  const seed = randomInt(0, 2 ** 31);
  const paper = assemblePaper(poolOf(s, args.subject, !!args.custom), {
    counts,
    weights: s.weights,
    chapters: args.custom?.chapters,
    recent,
    seed,
  });
  if (!paper.ok) {
    const have = describe(Object.fromEntries(Object.keys(counts).map((k) => [k, paper.available[k] ?? 0])));
    throw new AppError('REFUSED', args.custom ? M.tooFew(have) : M.notFull(have, describe(counts)));
  }
  const minutes = args.custom?.minutes ?? sub.def.blueprint.minutes;
  const doc: ExamDoc = {
    version: 1,
    id: `${s.day.key(now)}-${now.toString(36)}`,
    subject: args.subject,
    kind: sub.def.blueprint.kind,
    custom: !!args.custom,
    seed,
    draw: { counts, ...(args.custom?.chapters ? { chapters: args.custom.chapters } : {}), avoided: [...recent].sort() },
    createdAt: now,
    deadline: now + minutes * 60_000,
    minutes,
    passLine: s.settings.get().passLine,
    items: paper.ids,
    answers: {},
    marked: [],
    caseAnswers: {},
    caseMarks: {},
    submittedAt: null,
    autoSubmitted: false,
    answersLogged: true,
  };
  await s.exams.create(doc);
  return view(s, doc);
}

/** Draws a stored paper again from its seed and draw record: the same item ids while the bank is unchanged. */
export function redrawPaper(s: Services, doc: ExamDoc): string[] | null {
  if (!doc.draw) return null;
  const paper = assemblePaper(poolOf(s, doc.subject), {
    counts: doc.draw.counts,
    weights: s.weights,
    chapters: doc.draw.chapters,
    recent: new Set(doc.draw.avoided),
    seed: doc.seed,
  });
  return paper.ok ? paper.ids : null;
}

function examOrThrow(s: Services, id: string): ExamDoc {
  const e = s.exams.get(id);
  if (!e) throw new AppError('NOT_FOUND', M.noExam);
  return e;
}

function view(s: Services, e: ExamDoc): ExamView {
  const items = e.items.map((id) => s.bank.item(id)).filter((i): i is Item => i !== undefined);
  return {
    id: e.id,
    candidate: (s.learnerId ? s.profiles.get(s.learnerId)?.name : undefined) ?? '考生',
    subject: e.subject,
    subjectName: subjectOf(s, e.subject).def.name,
    kind: e.kind,
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
export async function getExam(s: Services, id: string): Promise<ExamView> {
  const e = examOrThrow(s, id);
  if (e.submittedAt === null && remaining(e.deadline, s.config.now()) === 0) await submitExam(s, id, true);
  return view(s, examOrThrow(s, id));
}

/** Checks an answer can still be changed; past the deadline the paper is submitted and the learner told. */
async function writable(s: Services, id: string, questionId: string): Promise<ExamDoc> {
  const e = examOrThrow(s, id);
  if (e.submittedAt !== null) throw new AppError('REFUSED', M.submitted);
  if (remaining(e.deadline, s.config.now()) === 0) {
    await submitExam(s, id, true);
    throw new AppError('REFUSED', M.timeUp);
  }
  if (!e.items.includes(questionId)) throw new AppError('BAD_REQUEST', M.notInPaper);
  return e;
}

export async function answerExam(s: Services, id: string, questionId: string, choice: OptionKey[]): Promise<{ saved: boolean }> {
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

export async function markExam(s: Services, id: string, questionId: string, marked: boolean): Promise<{ saved: boolean }> {
  await writable(s, id, questionId);
  const saved = await s.exams.update(id, (d) => ({
    ...d,
    marked: marked ? [...new Set([...d.marked, questionId])] : d.marked.filter((q) => q !== questionId),
  }));
  return { saved };
}

export async function caseAnswerExam(s: Services, id: string, questionId: string, answers: string[]): Promise<{ saved: boolean }> {
  await writable(s, id, questionId);
  const saved = await s.exams.update(id, (d) => ({ ...d, caseAnswers: { ...d.caseAnswers, [questionId]: answers } }));
  return { saved };
}

/**
 * Submits: the time is stopped at the deadline at the latest, and every objective answer goes into the answer log
 * (mode "exam"), so wrong items land in the 错题本; they count for FSRS only as free practice does (when due).
 */
export async function submitExam(s: Services, id: string, auto = false): Promise<ExamResult> {
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
async function logSubmittedAnswers(s: Services, id: string, mayBeLogged = true): Promise<void> {
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
export async function completeInterruptedSubmissions(s: Services): Promise<void> {
  for (const e of s.exams.all()) if (e.submittedAt !== null && !e.answersLogged) await logSubmittedAnswers(s, e.id);
}

/**
 * Records the learner's self-marking of one case: the points covered per sub-question. A mark covering nothing is a
 * real mark (0 points) and ends the case's pending state, as any mark does; it is stored as one (possibly empty) list
 * per sub-question. Marking again replaces the mark.
 */
export async function caseMarkExam(s: Services, id: string, questionId: string, covered: number[][]): Promise<ExamResult> {
  const e = examOrThrow(s, id);
  if (e.submittedAt === null) throw new AppError('REFUSED', M.submitFirst);
  if (!e.items.includes(questionId)) throw new AppError('BAD_REQUEST', M.notInPaper);
  const item = s.bank.item(questionId);
  if (!item || item.type !== 'case') throw new AppError('BAD_REQUEST', M.notCase);
  await s.exams.update(id, (d) => ({ ...d, caseMarks: { ...d.caseMarks, [questionId]: normaliseCovered(item, covered) } }));
  return examResult(s, id);
}

export function scoreOf(s: Services, e: ExamDoc) {
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

export function examResult(s: Services, id: string): ExamResult {
  const e = examOrThrow(s, id);
  if (e.submittedAt === null) throw new AppError('REFUSED', '这份试卷还没有交卷。');
  const sub = subjectOf(s, e.subject);
  const { scored, passScore, passed, pendingMarks } = scoreOf(s, e);
  const titles = new Map(sub.chapters.map((c) => [c.id, `第${c.no}章 ${c.title}`]));
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
    withdrawn: e.items.filter((qid) => !s.bank.item(qid)).length,
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
              outcome: sc.outcome,
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
              outcome: sc.outcome,
              score: sc.score,
              max: sc.max,
              caseAnswers: [],
              points: [],
              covered: [],
            };
      }),
  };
}

/** The unfinished mock to offer on start-up; one whose time ran out meanwhile is submitted (time counts, as in the real exam). */
export async function activeExam(s: Services): Promise<{ id: string; subjectName: string; remainingMs: number } | null> {
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

export function examHistory(s: Services): ExamSummary[] {
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
      };
    });
}

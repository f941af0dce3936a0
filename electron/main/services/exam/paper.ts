import { assemblePaper, type PoolItem } from '@core/exam/assemble';
import type { Item, SubjectId } from '@shared/bank/schema';
import { AppError } from '@shared/errors';
import type { ExamOptions, ExamStartArgs, ExamView } from '@shared/ipc/contract';
import type { ExamDoc } from '../../storage/examsRepo';
import { passedSubjects } from '../learnerItems';
import { randomSeed } from '../random';
import type { Services } from '../services';
import { subjectOf } from './lookup';
import { describeCounts, EXAM_MESSAGES as M } from './messages';
import { activeExam, view } from './sitting';

/** What this feature uses of the services. */
type Deps = Pick<
  Services,
  'answers' | 'bank' | 'caseAttempts' | 'collections' | 'config' | 'day' | 'exams' | 'learnerId' | 'profiles' | 'settings' | 'weights'
>;

/** Mock papers of the last few exams of a subject are avoided when drawing a new one. */
const RECENT_EXAMS = 3;

function kindOf(item: Item): string {
  return item.type === 'case' ? item.caseKind : item.type;
}

/** Items a paper may draw: the official-blueprint paper uses only the reviewed bank; a custom paper also imported items. */
function poolOf(s: Deps, subject: SubjectId, withImported = false): PoolItem[] {
  return subjectOf(s, subject).chapters.flatMap((c) =>
    s.bank
      .itemsInChapter(c.id)
      .filter((i) => withImported || !('imported' in i))
      .map((i) => ({ id: i.id, chapter: i.chapter, kind: kindOf(i) })),
  );
}

function blueprintCounts(s: Deps, subject: SubjectId): Record<string, number> {
  const bp = subjectOf(s, subject).def.blueprint;
  return bp.kind === 'objective' ? { single: bp.single, multiple: bp.multiple } : { analysis: bp.analysis, design: bp.design };
}

export function examOptions(s: Deps, subject: SubjectId): ExamOptions {
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
    passed: passedSubjects(s).has(subject),
  };
}

/** Makes a paper (official blueprint, or a custom one) and starts its clock. Never a short or padded paper. */
export async function startExam(s: Deps, args: ExamStartArgs): Promise<ExamView> {
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
  const seed = randomSeed(s.config);
  const paper = assemblePaper(poolOf(s, args.subject, !!args.custom), {
    counts,
    weights: s.weights,
    chapters: args.custom?.chapters,
    recent,
    seed,
  });
  if (!paper.ok) {
    const have = describeCounts(Object.fromEntries(Object.keys(counts).map((k) => [k, paper.available[k] ?? 0])));
    throw new AppError('REFUSED', args.custom ? M.tooFew(have) : M.notFull(have, describeCounts(counts)));
  }
  const minutes = args.custom?.minutes ?? sub.def.blueprint.minutes;
  const doc: Omit<ExamDoc, 'version'> = {
    id: `${s.day.key(now)}-${now.toString(36)}`,
    subject: args.subject,
    kind: sub.def.blueprint.kind,
    form: args.form ?? 'computer',
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
export function redrawPaper(s: Deps, doc: ExamDoc): string[] | null {
  if (!doc.draw) return null;
  // The same pool as when the paper was made: a custom paper's includes imported items.
  const paper = assemblePaper(poolOf(s, doc.subject, doc.custom), {
    counts: doc.draw.counts,
    weights: s.weights,
    chapters: doc.draw.chapters,
    recent: new Set(doc.draw.avoided),
    seed: doc.seed,
  });
  return paper.ok ? paper.ids : null;
}

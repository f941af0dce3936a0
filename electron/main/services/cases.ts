import { CASE_PASS_RATIO, caseMaxScore, caseScore } from '@core/scoring/caseScore';
import type { CaseItem } from '@shared/bank/schema';
import { AppError } from '@shared/errors';
import type { CaseRecordArgs, CaseReference, CaseResult, PublicCase } from '@shared/ipc/contract';
import type { Services } from './services';

/** What this feature uses of the services. */
type Deps = Pick<Services, 'bank' | 'caseAttempts' | 'caseDrafts' | 'config'>;

function caseItem(s: Deps, id: string): CaseItem {
  const item = s.bank.item(id);
  if (!item || item.type !== 'case') throw new AppError('NOT_FOUND', '没有找到这道案例题，可能题库已更新。请返回首页重新选择。');
  return item;
}

/** A case as the learner sees it while writing: material, sub-questions and their points, no reference points. */
export function publicCase(i: CaseItem): PublicCase {
  return {
    id: i.id,
    chapter: i.chapter,
    caseKind: i.caseKind,
    title: i.title,
    material: i.material,
    maxScore: caseMaxScore(i),
    questions: i.questions.map((q) => ({ no: q.no, prompt: q.prompt, score: caseMaxScore({ questions: [q] }) })),
  };
}

/** The chapter's case items, without reference points (the learner writes first, then marks). */
export function startCases(s: Deps, subject: string, chapter: string): { cases: (PublicCase & { draft: string[] | null })[] } {
  if (s.bank.chapter(chapter)?.subject.def.id !== subject) {
    throw new AppError('NOT_FOUND', '没有找到这个章节，可能题库已更新。请返回首页重新选择。');
  }
  const cases = s.bank
    .itemsInChapter(chapter)
    .filter((i): i is CaseItem => i.type === 'case')
    .map((i) => ({ ...publicCase(i), draft: s.caseDrafts.get(i.id) ? [...s.caseDrafts.get(i.id)!] : null }));
  return { cases };
}

export function caseReference(s: Deps, id: string): CaseReference {
  const item = caseItem(s, id);
  return {
    questionId: item.id,
    questions: item.questions.map((q) => ({ no: q.no, points: q.points })),
    maxScore: caseMaxScore(item),
    explanation: item.explanation ?? null,
    basis: item.basis,
    review: item.review,
  };
}

/** Scores the ticked points in main (never trusting a score from the renderer) and records the attempt. */
export async function recordCase(s: Deps, args: CaseRecordArgs): Promise<CaseResult> {
  const item = caseItem(s, args.questionId);
  const score = caseScore(item, args.covered);
  const maxScore = caseMaxScore(item);
  const saved = await s.caseAttempts.append({
    questionId: item.id,
    at: s.config.now(),
    answers: args.answers,
    covered: args.covered.map((c) => [...new Set(c)].sort((a, b) => a - b)),
    score,
    maxScore,
  });
  // The attempt holds the answers now: the draft is no longer needed.
  if (saved) await s.caseDrafts.clear(item.id);
  return { score, maxScore, passed: score >= maxScore * CASE_PASS_RATIO, saved };
}

/** Keeps the answers as typed (案例练习 saves while the learner writes). */
export async function saveCaseDraft(s: Deps, id: string, answers: readonly string[]): Promise<{ saved: boolean }> {
  caseItem(s, id);
  return { saved: await s.caseDrafts.save(id, answers, s.config.now()) };
}

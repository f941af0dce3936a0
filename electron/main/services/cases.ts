import { CASE_PASS_RATIO, caseMaxScore, caseScore } from '@core/scoring/caseScore';
import type { CaseItem } from '@shared/bank/schema';
import { AppError } from '@shared/errors';
import type { CaseFavouriteEntry, CaseRecordArgs, CaseReference, CaseResult, PublicCase, StartedCase } from '@shared/ipc/contract';
import type { Services } from './services';

/** What this feature uses of the services. */
type Deps = Pick<Services, 'bank' | 'caseAttempts' | 'caseDrafts' | 'collections' | 'config'>;

const NOT_FOUND_CASE = '没有找到这道案例题，可能题库已更新。请返回首页重新选择。';

function caseItem(s: Deps, id: string): CaseItem {
  const item = s.bank.item(id);
  if (!item || item.type !== 'case') throw new AppError('NOT_FOUND', NOT_FOUND_CASE);
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

/**
 * The chapter's case items, without reference points (the learner writes first, then marks); with `only`, that one
 * case of the chapter (opened from 收藏).
 */
export function startCases(s: Deps, subject: string, chapter: string, only?: string): { cases: StartedCase[] } {
  if (s.bank.chapter(chapter)?.subject.def.id !== subject) {
    throw new AppError('NOT_FOUND', '没有找到这个章节，可能题库已更新。请返回首页重新选择。');
  }
  const favourites = s.collections.favourites();
  const notes = s.collections.notes();
  const cases = s.bank
    .itemsInChapter(chapter)
    .filter((i): i is CaseItem => i.type === 'case' && (only === undefined || i.id === only))
    .map((i) => ({
      ...publicCase(i),
      draft: s.caseDrafts.get(i.id) ? [...s.caseDrafts.get(i.id)!] : null,
      favourite: i.id in favourites,
      note: notes[i.id]?.text ?? '',
    }));
  if (only !== undefined && !cases.length) throw new AppError('NOT_FOUND', NOT_FOUND_CASE);
  return { cases };
}

/** 收藏 of 实务(中级) cases: starred cases still in the bank, newest star first, with the note and the latest self-mark. */
export function caseFavourites(s: Deps): CaseFavouriteEntry[] {
  const notes = s.collections.notes();
  const attempts = new Map<string, { n: number; last: { at: number; score: number; maxScore: number } | null }>();
  for (const a of s.caseAttempts.all()) {
    const seen = attempts.get(a.questionId) ?? { n: 0, last: null };
    seen.n++;
    if (!seen.last || a.at >= seen.last.at) seen.last = { at: a.at, score: a.score, maxScore: a.maxScore };
    attempts.set(a.questionId, seen);
  }
  const out: CaseFavouriteEntry[] = [];
  for (const [id, at] of Object.entries(s.collections.favourites())) {
    const item = s.bank.item(id);
    const chapter = item ? s.bank.chapter(item.chapter) : undefined;
    if (!item || item.type !== 'case' || !chapter) continue;
    const tried = attempts.get(id);
    out.push({
      id,
      subject: chapter.subject.def.id,
      chapter: item.chapter,
      chapterTitle: chapter.chapter.title,
      caseKind: item.caseKind,
      title: item.title,
      at,
      note: notes[id]?.text ?? '',
      attempts: tried?.n ?? 0,
      lastScore: tried?.last?.score ?? null,
      // The latest score out of what it was marked out of (a case revised later may have another total).
      maxScore: tried?.last?.maxScore ?? caseMaxScore(item),
    });
  }
  return out.sort((a, b) => b.at - a.at);
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

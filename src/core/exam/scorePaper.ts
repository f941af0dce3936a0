import { caseMaxScore, caseScore, type CasePoints } from '../scoring/caseScore';
import { scoreObjective, type Outcome, type ScoreRule, OFFICIAL_RULE } from '../scoring/objective';

export interface PaperObjectiveItem {
  id: string;
  chapter: string;
  type: 'single' | 'multiple';
  answer: readonly string[];
}

export interface PaperCaseItem extends CasePoints {
  id: string;
  chapter: string;
  type: 'case';
}

export interface ItemScore {
  id: string;
  chapter: string;
  score: number;
  max: number;
  outcome: Outcome | 'marked' | 'unmarked';
}

export interface ChapterScore {
  chapter: string;
  items: number;
  correct: number;
  score: number;
  max: number;
  /** Case items of this chapter the learner has not marked yet (their score is unknown, not 0). */
  pending: number;
}

export interface PaperScore {
  /** The sum of what is scored so far: final only when `pendingMarks` is 0. */
  score: number;
  max: number;
  items: ItemScore[];
  chapters: ChapterScore[];
  unanswered: number;
  /** Case items in the paper. */
  caseCount: number;
  /** Case items not self-marked yet. */
  pendingMarks: number;
}

/**
 * Scores a submitted paper by the official rules: objective items with `scoreObjective` (多选 partial credit),
 * case items by the points the learner ticked. A case with a mark (even one covering no point) is scored; a case
 * without one is pending and counted in `pendingMarks`. Chapters keep paper order.
 */
export function scorePaper(
  items: readonly (PaperObjectiveItem | PaperCaseItem)[],
  answers: Readonly<Record<string, readonly string[]>>,
  caseMarks: Readonly<Record<string, readonly (readonly number[])[]>>,
  rule: ScoreRule = OFFICIAL_RULE,
): PaperScore {
  const scored: ItemScore[] = items.map((it) => {
    if (it.type === 'case') {
      const marks = caseMarks[it.id];
      return {
        id: it.id,
        chapter: it.chapter,
        score: marks ? caseScore(it, marks) : 0,
        max: caseMaxScore(it),
        outcome: marks ? 'marked' : 'unmarked',
      };
    }
    const r = scoreObjective(it.type, it.answer, answers[it.id] ?? [], rule);
    return { id: it.id, chapter: it.chapter, score: r.score, max: r.maxScore, outcome: r.outcome };
  });
  const chapters = new Map<string, ChapterScore>();
  for (const s of scored) {
    const c = chapters.get(s.chapter) ?? { chapter: s.chapter, items: 0, correct: 0, score: 0, max: 0, pending: 0 };
    c.items += 1;
    c.score += s.score;
    c.max += s.max;
    if (s.outcome === 'correct' || (s.outcome === 'marked' && s.score === s.max)) c.correct += 1;
    if (s.outcome === 'unmarked') c.pending += 1;
    chapters.set(s.chapter, c);
  }
  return {
    score: scored.reduce((n, s) => n + s.score, 0),
    max: scored.reduce((n, s) => n + s.max, 0),
    items: scored,
    chapters: [...chapters.values()],
    unanswered: items.filter((it) => it.type !== 'case' && (answers[it.id]?.length ?? 0) === 0).length,
    caseCount: items.filter((it) => it.type === 'case').length,
    pendingMarks: scored.filter((s) => s.outcome === 'unmarked').length,
  };
}

export interface PaperVerdict {
  /** The points needed to pass: `passLine` percent of the paper's maximum. */
  passScore: number;
  /** Passed, judged only once every case is marked (false while any is pending). */
  passed: boolean;
  pendingMarks: number;
}

/** Pass or fail against the pass line (percent); no verdict while a case is still waiting for its mark. */
export function judgePaper(scored: Pick<PaperScore, 'score' | 'max' | 'pendingMarks'>, passLine: number): PaperVerdict {
  const passScore = (scored.max * passLine) / 100;
  return { passScore, passed: scored.pendingMarks === 0 && scored.score >= passScore, pendingMarks: scored.pendingMarks };
}

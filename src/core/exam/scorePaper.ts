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
}

export interface PaperScore {
  score: number;
  max: number;
  items: ItemScore[];
  chapters: ChapterScore[];
  unanswered: number;
}

/**
 * Scores a submitted paper by the official rules: objective items with `scoreObjective` (多选 partial credit),
 * case items by the points the learner ticked (unmarked cases score 0 until marked). Chapters keep paper order.
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
      return { id: it.id, chapter: it.chapter, score: marks ? caseScore(it, marks) : 0, max: caseMaxScore(it), outcome: marks ? 'marked' : 'unmarked' };
    }
    const r = scoreObjective(it.type, it.answer, answers[it.id] ?? [], rule);
    return { id: it.id, chapter: it.chapter, score: r.score, max: r.maxScore, outcome: r.outcome };
  });
  const chapters = new Map<string, ChapterScore>();
  for (const s of scored) {
    const c = chapters.get(s.chapter) ?? { chapter: s.chapter, items: 0, correct: 0, score: 0, max: 0 };
    c.items += 1;
    c.score += s.score;
    c.max += s.max;
    if (s.outcome === 'correct' || (s.outcome === 'marked' && s.score === s.max)) c.correct += 1;
    chapters.set(s.chapter, c);
  }
  return {
    score: scored.reduce((n, s) => n + s.score, 0),
    max: scored.reduce((n, s) => n + s.max, 0),
    items: scored,
    chapters: [...chapters.values()],
    unanswered: items.filter((it) => it.type !== 'case' && (answers[it.id]?.length ?? 0) === 0).length,
  };
}

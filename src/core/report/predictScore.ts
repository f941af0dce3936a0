import type { QuestionStat } from '../learner/learnerModel';

/**
 * The predicted score of an objective paper "if the exam were today", from what the learner has shown on each item.
 *
 * Per item, the chance of getting it right:
 * - seen, with a review schedule: the scheduler's predicted recall now;
 * - seen, only in free practice: the share answered right, smoothed towards one half ((right + 1) / (tries + 2));
 * - never seen: a guess — 1 in 4 for a 单选, 0 for a 多选 (a guess rarely finds exactly the keys).
 *
 * Per chapter and type the chances are averaged over the chapter's items; the paper's questions of each type are
 * spread over the chapters by the chapter weights (the share of the paper each chapter had in recent exams), and each
 * expected right answer earns the type's points (多选: all or nothing here, so the prediction leans low).
 */
export interface ReportItem {
  id: string;
  type: 'single' | 'multiple';
}

export interface ReportChapter {
  id: string;
  no: number;
  title: string;
  /** Relative weight of the chapter in the paper (any positive scale). */
  weight: number;
  items: readonly ReportItem[];
}

export interface ObjectivePaper {
  single: number;
  multiple: number;
  singlePoints: number;
  multiplePoints: number;
  total: number;
  pass: number;
}

/** Chance of a right answer per never-seen item, by type. */
export const GUESS = { single: 0.25, multiple: 0 } as const;

export type RecallOf = (stat: QuestionStat) => number | null;

/** The chance of answering an item right now; null when the learner has never answered it. */
export function itemChance(stat: QuestionStat | undefined, recallOf: RecallOf): number | null {
  if (!stat || stat.attempts === 0) return null;
  const recall = stat.card ? recallOf(stat) : null;
  return recall ?? (stat.corrects + 1) / (stat.attempts + 2);
}

export interface ChapterMastery {
  id: string;
  no: number;
  title: string;
  weight: number;
  total: number;
  seen: number;
  /** Mean chance over the items seen (null when none is seen). */
  mastery: number | null;
  /** Share of the chapter's items never answered. */
  unseenShare: number;
  /** Mean chance per type over all the chapter's items, guesses included (null when the chapter has none of it). */
  chance: { single: number | null; multiple: number | null };
}

export function chapterMastery(chapter: ReportChapter, chanceOf: (id: string) => number | null): ChapterMastery {
  let seen = 0;
  let seenSum = 0;
  const sum = { single: 0, multiple: 0 };
  const count = { single: 0, multiple: 0 };
  for (const item of chapter.items) {
    const c = chanceOf(item.id);
    if (c !== null) {
      seen++;
      seenSum += c;
    }
    sum[item.type] += c ?? GUESS[item.type];
    count[item.type]++;
  }
  const total = chapter.items.length;
  return {
    id: chapter.id,
    no: chapter.no,
    title: chapter.title,
    weight: chapter.weight,
    total,
    seen,
    mastery: seen ? seenSum / seen : null,
    unseenShare: total ? (total - seen) / total : 1,
    chance: {
      single: count.single ? sum.single / count.single : null,
      multiple: count.multiple ? sum.multiple / count.multiple : null,
    },
  };
}

/** Expected points of the paper from the chapters' chances (a chapter without items of a type does not count for it). */
export function predictObjectiveScore(paper: ObjectivePaper, chapters: readonly ChapterMastery[]): number {
  const expected = (type: 'single' | 'multiple'): number => {
    let weight = 0;
    let chance = 0;
    for (const c of chapters) {
      const p = c.chance[type];
      if (p === null || c.weight <= 0) continue;
      weight += c.weight;
      chance += c.weight * p;
    }
    return weight ? chance / weight : GUESS[type];
  };
  const score = paper.single * paper.singlePoints * expected('single') + paper.multiple * paper.multiplePoints * expected('multiple');
  return Math.min(paper.total, Math.round(score * 10) / 10);
}

/** Expected points of a case paper from the learner's own marks: the mean share of the latest attempts. */
export function predictCaseScore(total: number, attempts: readonly { score: number; maxScore: number }[], latest = 10): number | null {
  const recent = attempts.slice(-latest).filter((a) => a.maxScore > 0);
  if (recent.length === 0) return null;
  const share = recent.reduce((n, a) => n + a.score / a.maxScore, 0) / recent.length;
  return Math.round(total * share * 10) / 10;
}

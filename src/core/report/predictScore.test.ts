import { describe, expect, it } from 'vitest';
import type { QuestionStat } from '../learner/learnerModel';
import { chapterMastery, GUESS, itemChance, predictCaseScore, predictObjectiveScore, type ReportChapter } from './predictScore';

const stat = (o: Partial<QuestionStat>): QuestionStat => ({
  at: 0,
  correct: true,
  attempts: 1,
  corrects: 1,
  wrongs: 0,
  streak: 1,
  lastWrongAt: null,
  card: null,
  ...o,
});
const card = {
  due: 0,
  stability: 5,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 3,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  phase: 'review' as const,
  lastReview: 0,
};
const PAPER = { single: 60, multiple: 20, singlePoints: 1, multiplePoints: 2, total: 100, pass: 60 };

describe('itemChance', () => {
  it('uses the predicted recall for a scheduled item, the smoothed share for free practice, and null for an unseen one', () => {
    expect(itemChance(stat({ card }), () => 0.83)).toBe(0.83);
    expect(itemChance(stat({ attempts: 3, corrects: 2 }), () => 0.99)).toBeCloseTo(3 / 5);
    expect(itemChance(undefined, () => 1)).toBeNull();
  });
});

describe('chapterMastery and predictObjectiveScore', () => {
  const chapter = (id: string, weight: number, n: number): ReportChapter => ({
    id,
    no: 1,
    title: id,
    weight,
    items: Array.from({ length: n }, (_, i) => ({ id: `${id}-${i}`, type: i % 4 === 3 ? ('multiple' as const) : ('single' as const) })),
  });

  it('a learner who has seen nothing is predicted the guessing score: a quarter of the 单选 points, none of the 多选', () => {
    const chs = [chapter('a', 3, 8), chapter('b', 1, 8)].map((c) => chapterMastery(c, () => null));
    expect(chs[0]).toMatchObject({ seen: 0, mastery: null, unseenShare: 1, chance: { single: GUESS.single, multiple: 0 } });
    expect(predictObjectiveScore(PAPER, chs)).toBe(15);
  });

  it('a learner sure of every item gets the full paper; chapters count by their weight', () => {
    const sure = [chapter('a', 3, 8), chapter('b', 1, 8)].map((c) => chapterMastery(c, () => 1));
    expect(predictObjectiveScore(PAPER, sure)).toBe(100);
    // Sure of the heavy chapter only: 3/4 of the paper's weight at 1, 1/4 at the guess.
    const half = [chapterMastery(chapter('a', 3, 8), () => 1), chapterMastery(chapter('b', 1, 8), () => null)];
    expect(predictObjectiveScore(PAPER, half)).toBeCloseTo(60 * (0.75 + 0.25 * 0.25) + 40 * 0.75, 1);
    expect(half[1]!.unseenShare).toBe(1);
  });

  it('mastery is the mean chance over the items seen, and a chapter without 多选 is left out of the 多选 share', () => {
    const singles: ReportChapter = {
      id: 's',
      no: 2,
      title: 's',
      weight: 1,
      items: [
        { id: 'x', type: 'single' },
        { id: 'y', type: 'single' },
      ],
    };
    const m = chapterMastery(singles, (id) => (id === 'x' ? 0.5 : null));
    expect(m).toMatchObject({
      seen: 1,
      total: 2,
      mastery: 0.5,
      unseenShare: 0.5,
      chance: { single: (0.5 + GUESS.single) / 2, multiple: null },
    });
    const multi = chapterMastery({ id: 'm', no: 3, title: 'm', weight: 5, items: [{ id: 'z', type: 'multiple' }] }, () => 1);
    expect(predictObjectiveScore(PAPER, [m, multi])).toBeCloseTo(60 * m.chance.single! + 40, 1);
  });
});

describe('predictCaseScore', () => {
  it('is the mean share of the latest self-marked attempts, or null without any', () => {
    expect(predictCaseScore(120, [])).toBeNull();
    expect(
      predictCaseScore(120, [
        { score: 10, maxScore: 20 },
        { score: 15, maxScore: 20 },
      ]),
    ).toBe(75);
    const many = [
      ...Array.from({ length: 10 }, () => ({ score: 0, maxScore: 20 })),
      ...Array.from({ length: 10 }, () => ({ score: 20, maxScore: 20 })),
    ];
    expect(predictCaseScore(120, many)).toBe(120);
  });
});

import { latestByQuestion, progressByGroup } from '@core/progress/chapterProgress';
import { CASE_PASS_RATIO } from '@core/scoring/caseScore';
import type { Level } from '@shared/bank/schema';
import type { SubjectOverview } from '@shared/ipc/contract';
import type { Services } from './services';

/** What this feature uses of the services. */
type Deps = Pick<Services, 'answers' | 'bank' | 'caseAttempts'>;

/** The home screen's data: the level's subjects, their chapters, item counts and the learner's progress. */
export function catalogOverview(s: Deps, level: Level): SubjectOverview[] {
  // Case attempts count as "correct" when they reach the pass ratio.
  const latest = new Map<string, { at: number; correct: boolean }>(s.answers.model().questions);
  for (const [id, a] of latestByQuestion(
    s.caseAttempts.all().map((a) => ({ questionId: a.questionId, at: a.at, correct: a.score >= a.maxScore * CASE_PASS_RATIO })),
  )) {
    latest.set(id, a);
  }
  const progress = progressByGroup(latest, (id) => s.bank.chapterOf(id));
  return s.bank.subjects
    .filter((sub) => sub.def.level === level)
    .map((sub) => {
      const chapters = sub.chapters.map((c) => {
        const items = s.bank.itemsInChapter(c.id);
        const p = progress.get(c.id) ?? { done: 0, correct: 0 };
        return {
          id: c.id,
          no: c.no,
          title: c.title,
          status: c.status,
          single: items.filter((i) => i.type === 'single').length,
          multiple: items.filter((i) => i.type === 'multiple').length,
          case: items.filter((i) => i.type === 'case').length,
          done: p.done,
          correct: p.correct,
        };
      });
      return {
        id: sub.def.id,
        name: sub.def.name,
        shortName: sub.def.shortName,
        tree: sub.def.tagTree,
        items: chapters.reduce((n, c) => n + c.single + c.multiple + c.case, 0),
        chapters,
      };
    });
}

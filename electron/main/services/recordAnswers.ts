import { scoreObjective, type Scored as ObjectiveScore } from '@core/scoring/objective';
import { DAY } from '@core/srs/calendar';
import { deriveGrade } from '@core/srs/grade';
import type { ObjectiveItem, OptionKey } from '@shared/bank/schema';
import type { AnswerMode } from '@shared/ipc/contract';
import type { AnswerRecordInput } from '@shared/records';
import type { Grade } from '@core/srs/cardState';
import type { Services } from './services';

/** What the answer path needs of the services: the learner's answers and day arithmetic. */
type Deps = Pick<Services, 'answers' | 'day'>;

/**
 * Whether an answer counts as an FSRS review. 今日学习 answers always do. Free practice (chapters, 错题本, 收藏) and
 * mock exams count only for a card that is already scheduled and due by the end of today — exactly the review
 * 今日学习 would have asked for. Everything else is logged but leaves the schedule alone: no early reviews that
 * would inflate intervals, and no new cards introduced outside the daily plan.
 */
export function countsAsReview(s: Deps, id: string, mode: AnswerMode, now: number): boolean {
  if (mode === 'today') return true;
  const card = s.answers.model().questions.get(id)?.card;
  return !!card && card.phase !== 'new' && card.due < s.day.startOf(now) + DAY;
}

export interface AnswerInput {
  item: ObjectiveItem;
  choice: readonly OptionKey[];
  /** Time the learner took; 0 when unknown (a mock exam), which never counts toward pace or a Hard grade. */
  responseMs: number;
  guessed?: boolean;
}

export interface RecordedAnswer {
  item: ObjectiveItem;
  scored: ObjectiveScore;
  correct: boolean;
  grade: Grade | null;
}

/**
 * The one answer path, for practice, 今日学习, 错题本, 收藏 and a mock paper's 交卷 alike (as Anki's single
 * answer_card): scores each answer with the official rule, decides whether it counts as a review, derives the grade
 * from correctness, the 我是猜的 tick and the learner's own pace, and appends them all with one durable flush.
 * Resolves to whether they reached the disk (false: kept in memory and retried; the caller tells the learner).
 */
export async function recordAnswers(
  s: Deps,
  answers: readonly AnswerInput[],
  how: { mode: AnswerMode; at: number; examId?: string },
): Promise<{ saved: boolean; recorded: RecordedAnswer[] }> {
  const recorded: RecordedAnswer[] = [];
  const records: AnswerRecordInput[] = [];
  for (const a of answers) {
    const scored = scoreObjective(a.item.type, a.item.answer, [...a.choice]);
    const correct = scored.outcome === 'correct';
    const guessed = a.guessed ?? false;
    // Items of one call are distinct (one question, or the items of one paper), so these grades do not depend on
    // each other.
    const grade: Grade | null = countsAsReview(s, a.item.id, how.mode, how.at)
      ? deriveGrade({ correct, guessed, responseMs: a.responseMs, typeTimes: a.responseMs > 0 ? s.answers.model().times[a.item.type] : [] })
      : null;
    recorded.push({ item: a.item, scored, correct, grade });
    records.push({
      questionId: a.item.id,
      at: how.at,
      choice: [...new Set(a.choice)].sort(),
      correct,
      score: scored.score,
      responseMs: a.responseMs,
      mode: how.mode,
      guessed,
      type: a.item.type,
      grade,
      ...(how.examId ? { examId: how.examId } : {}),
    });
  }
  if (records.length === 0) return { saved: true, recorded };
  const saved = records.length === 1 ? await s.answers.append(records[0]!) : await s.answers.appendMany(records);
  return { saved, recorded };
}

import type { CardState, Grade } from '../srs/cardState';
import type { Scheduler } from '../srs/scheduler';

/** What the app keeps at hand about each question, folded from the answer log. */
export interface QuestionStat {
  /** Latest answer. */
  at: number;
  correct: boolean;
  attempts: number;
  corrects: number;
  wrongs: number;
  /** Correct answers in a row since the last wrong one (for leaving the 错题本); a right guess does not count. */
  streak: number;
  lastWrongAt: number | null;
  /** FSRS state; null until the first scheduled review. */
  card: CardState | null;
}

export type ItemKind = 'single' | 'multiple';

/** Recent correct response times per item type, for the "slow" grade. */
export const TIMES_KEPT = 201;

/** The length of one {@link LearnerModel.activity} slot: half an hour, so every whole or half-hour time zone's days are whole slots. */
export const SLOT_MS = 30 * 60_000;

/** Answers and response milliseconds (negatives as 0) in one slot. */
export type Slot = [answers: number, ms: number];

export interface LearnerModel {
  questions: Map<string, QuestionStat>;
  times: Record<ItemKind, number[]>;
  /**
   * Answers per half-hour slot (key: `floor(at / SLOT_MS)`), for the 学习报告's calendar and minutes per day without
   * reading the log.
   */
  activity: Map<number, Slot>;
}

export interface FoldedAnswer {
  questionId: string;
  at: number;
  correct: boolean;
  responseMs: number;
  /** The learner ticked 我是猜的. */
  guessed?: boolean | undefined;
  type?: ItemKind | undefined;
  /** Set when the answer counted as an FSRS review. */
  grade?: Grade | null | undefined;
}

export function emptyModel(): LearnerModel {
  return { questions: new Map(), times: { single: [], multiple: [] }, activity: new Map() };
}

/**
 * Folds one answer into the model. Answers must be folded in log order (which is time order); the FSRS card only
 * changes for answers that carry a grade.
 */
export function applyAnswer(model: LearnerModel, a: FoldedAnswer, scheduler: Pick<Scheduler, 'review'>): void {
  const prev = model.questions.get(a.questionId);
  const later = !prev || a.at >= prev.at;
  model.questions.set(a.questionId, {
    at: later ? a.at : prev.at,
    correct: later ? a.correct : prev.correct,
    attempts: (prev?.attempts ?? 0) + 1,
    corrects: (prev?.corrects ?? 0) + (a.correct ? 1 : 0),
    wrongs: (prev?.wrongs ?? 0) + (a.correct ? 0 : 1),
    // A right guess neither moves an item out of the 错题本 nor resets its run.
    streak: a.correct ? (prev?.streak ?? 0) + (a.guessed ? 0 : 1) : 0,
    lastWrongAt: a.correct ? (prev?.lastWrongAt ?? null) : a.at,
    card: a.grade ? scheduler.review(prev?.card ?? null, a.grade, a.at) : (prev?.card ?? null),
  });
  const slot = Math.floor(a.at / SLOT_MS);
  const n = model.activity.get(slot);
  // Slots are replaced, never mutated, so a shallow copy of the map (an index snapshot) stays as it was.
  model.activity.set(slot, n ? [n[0] + 1, n[1] + Math.max(0, a.responseMs)] : [1, Math.max(0, a.responseMs)]);
  // Only answers with a measured time (not mock-exam answers, logged with 0) set the learner's usual pace.
  if (a.correct && a.type && a.responseMs > 0) {
    const t = model.times[a.type];
    t.push(a.responseMs);
    if (t.length > TIMES_KEPT) t.shift();
  }
}

/**
 * In the 错题本: answered wrongly at least once and not yet answered right `exitStreak` times in a row since, and not
 * taken out by hand (`dismissedAt`) after its latest wrong answer.
 */
export function inMistakes(stat: QuestionStat, exitStreak: number, dismissedAt?: number): boolean {
  if (dismissedAt !== undefined && stat.lastWrongAt !== null && stat.lastWrongAt <= dismissedAt) return false;
  return stat.wrongs > 0 && stat.streak < exitStreak;
}

import { DAY } from '../srs/calendar';

/** What to suggest after 今日学习 is done. */
export type NextStep<S extends string = string> =
  | { kind: 'mock'; subject: S }
  | { kind: 'weakest-chapter'; subject: S; chapter: string }
  | { kind: 'more-new'; count: number }
  | { kind: 'rest' };

export interface NextStepInput<S extends string = string> {
  now: number;
  /** The plan's reason: in the last two weeks before the exam the plan calls for mocks. */
  inReviewPeriod: boolean;
  /** Items of the level never met yet. */
  unintroduced: number;
  /** The weakest chapter the learner has started (by mastery), if any is clearly weak. */
  weakest: { subject: S; chapter: string; mastery: number } | null;
  /** Objective subjects of the level with the time of their latest mock (null when never). */
  mocks: readonly { subject: S; lastAt: number | null }[];
}

/** Mastery under which a chapter is worth a round of practice before anything else. */
export const WEAK_MASTERY = 0.6;
/** A mock is due for a subject not sat in this long (during the last two weeks: every few days). */
export const MOCK_EVERY_MS = 3 * DAY;
/** New items offered after the day's quota. */
export const MORE_NEW = 10;

/**
 * The next useful step after the day's session: a mock when the plan calls for one (the last two weeks, a subject
 * not sat for three days), else the weakest started chapter when it is clearly weak, else more new items, else rest.
 */
export function nextStep<S extends string>(a: NextStepInput<S>): NextStep<S> {
  if (a.inReviewPeriod) {
    const due = [...a.mocks]
      .sort((x, y) => (x.lastAt ?? 0) - (y.lastAt ?? 0))
      .find((m) => m.lastAt === null || a.now - m.lastAt >= MOCK_EVERY_MS);
    if (due) return { kind: 'mock', subject: due.subject };
  }
  if (a.weakest && a.weakest.mastery < WEAK_MASTERY)
    return { kind: 'weakest-chapter', subject: a.weakest.subject, chapter: a.weakest.chapter };
  if (a.unintroduced > 0) return { kind: 'more-new', count: Math.min(MORE_NEW, a.unintroduced) };
  return { kind: 'rest' };
}

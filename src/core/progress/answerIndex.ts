/** What the app needs at hand about each question: its latest answer and how often it was answered. */
export interface QuestionStat {
  at: number;
  correct: boolean;
  attempts: number;
  corrects: number;
}

export type AnswerIndex = Map<string, QuestionStat>;

/** Folds one answer into the index (answers may arrive out of time order; the latest by time wins). */
export function applyAnswer(index: AnswerIndex, a: { questionId: string; at: number; correct: boolean }): void {
  const prev = index.get(a.questionId);
  const later = !prev || a.at >= prev.at;
  index.set(a.questionId, {
    at: later ? a.at : prev.at,
    correct: later ? a.correct : prev.correct,
    attempts: (prev?.attempts ?? 0) + 1,
    corrects: (prev?.corrects ?? 0) + (a.correct ? 1 : 0),
  });
}

export function buildAnswerIndex(answers: Iterable<{ questionId: string; at: number; correct: boolean }>): AnswerIndex {
  const index: AnswerIndex = new Map();
  for (const a of answers) applyAnswer(index, a);
  return index;
}

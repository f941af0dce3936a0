export interface AnswerFact {
  questionId: string;
  at: number;
  correct: boolean;
}

export interface Progress {
  /** Distinct questions answered at least once. */
  done: number;
  /** Distinct questions whose latest answer was correct. */
  correct: number;
}

/** Latest answer per question, by time (ties: later in the list wins). */
export function latestByQuestion(answers: Iterable<AnswerFact>): Map<string, AnswerFact> {
  const latest = new Map<string, AnswerFact>();
  for (const a of answers) {
    const prev = latest.get(a.questionId);
    if (!prev || a.at >= prev.at) latest.set(a.questionId, a);
  }
  return latest;
}

/** Progress per group (chapter) from the latest answer of each question; unknown questions are ignored. */
export function progressByGroup(
  latest: ReadonlyMap<string, { correct: boolean }>,
  groupOf: (questionId: string) => string | undefined,
): Map<string, Progress> {
  const out = new Map<string, Progress>();
  for (const [qid, a] of latest) {
    const g = groupOf(qid);
    if (g === undefined) continue;
    const p = out.get(g) ?? { done: 0, correct: 0 };
    p.done += 1;
    if (a.correct) p.correct += 1;
    out.set(g, p);
  }
  return out;
}

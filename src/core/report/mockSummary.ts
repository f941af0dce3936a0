/** A submitted mock exam as the report needs it. */
export interface MockInput {
  subject: string;
  at: number;
  score: number;
  total: number;
  passScore: number;
  /** Cases still waiting for self-marking: such a paper has no final score and stays out of the trend. */
  pendingMarks: number;
  chapters: readonly { id: string; title: string; items: number; correct: number }[];
}

export interface MockTrend {
  subject: string;
  points: { at: number; score: number; total: number }[];
  passScore: number;
  /** Per chapter over all the subject's marked mocks: items and right answers, weakest first. */
  chapters: { id: string; title: string; items: number; correct: number; accuracy: number }[];
}

/** Score trend and per-chapter accuracy across mocks, per subject, in time order. */
export function mockTrends(mocks: readonly MockInput[]): MockTrend[] {
  const bySubject = new Map<string, MockInput[]>();
  for (const m of [...mocks].sort((a, b) => a.at - b.at)) {
    if (m.pendingMarks > 0) continue;
    const list = bySubject.get(m.subject) ?? [];
    list.push(m);
    bySubject.set(m.subject, list);
  }
  return [...bySubject].map(([subject, list]) => {
    const chapters = new Map<string, { id: string; title: string; items: number; correct: number }>();
    for (const m of list)
      for (const c of m.chapters) {
        const x = chapters.get(c.id) ?? { id: c.id, title: c.title, items: 0, correct: 0 };
        x.items += c.items;
        x.correct += c.correct;
        chapters.set(c.id, x);
      }
    return {
      subject,
      points: list.map((m) => ({ at: m.at, score: m.score, total: m.total })),
      passScore: list[list.length - 1]!.passScore,
      chapters: [...chapters.values()]
        .filter((c) => c.items > 0)
        .map((c) => ({ ...c, accuracy: c.correct / c.items }))
        .sort((a, b) => a.accuracy - b.accuracy || a.id.localeCompare(b.id)),
    };
  });
}

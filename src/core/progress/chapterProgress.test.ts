import { describe, expect, it } from 'vitest';
import { latestByQuestion, progressByGroup } from './chapterProgress';

describe('chapter progress', () => {
  const answers = [
    { questionId: 'q1', at: 100, correct: false },
    { questionId: 'q1', at: 300, correct: true },
    { questionId: 'q2', at: 200, correct: true },
    { questionId: 'q2', at: 250, correct: false },
    { questionId: 'q3', at: 50, correct: true },
    { questionId: 'gone', at: 10, correct: true },
  ];
  const chapterOf = (id: string) => ({ q1: 'c1', q2: 'c1', q3: 'c2' })[id];

  it('keeps the latest answer per question', () => {
    const latest = latestByQuestion(answers);
    expect(latest.get('q1')?.correct).toBe(true);
    expect(latest.get('q2')?.correct).toBe(false);
  });

  it('counts distinct questions done and latest-correct per chapter, ignoring unknown questions', () => {
    const p = progressByGroup(latestByQuestion(answers), chapterOf);
    expect(p.get('c1')).toEqual({ done: 2, correct: 1 });
    expect(p.get('c2')).toEqual({ done: 1, correct: 1 });
    expect(p.size).toBe(2);
  });

  it('does not depend on the order answers arrive in', () => {
    const p = progressByGroup(latestByQuestion([...answers].reverse()), chapterOf);
    expect(p.get('c1')).toEqual({ done: 2, correct: 1 });
  });
});

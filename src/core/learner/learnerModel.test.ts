import { describe, expect, it } from 'vitest';
import { createScheduler } from '../srs/scheduler';
import { applyAnswer, emptyModel, inMistakes } from './learnerModel';

const scheduler = createScheduler({ retention: 0.9, weights: null });
const T = Date.UTC(2026, 10, 1, 12);
import { DAY } from '@core/srs/calendar';

describe('learner model', () => {
  it('counts attempts, streaks and wrong answers; only graded answers move the FSRS card', () => {
    const m = emptyModel();
    applyAnswer(m, { questionId: 'q', at: T, correct: false, responseMs: 9000, grade: 'again', type: 'single' }, scheduler);
    const afterReview = m.questions.get('q')!.card;
    expect(afterReview?.phase).not.toBe('new');
    applyAnswer(m, { questionId: 'q', at: T + 3600_000, correct: true, responseMs: 5000, grade: null, type: 'single' }, scheduler);
    expect(m.questions.get('q')!.card).toEqual(afterReview); // free practice: schedule untouched
    expect(m.questions.get('q')).toMatchObject({ attempts: 2, corrects: 1, wrongs: 1, streak: 1, lastWrongAt: T });
    expect(m.times.single).toEqual([5000]);
  });

  it('keeps an item in the 错题本 until it is answered right N times in a row', () => {
    const m = emptyModel();
    const answer = (correct: boolean, i: number) =>
      applyAnswer(m, { questionId: 'q', at: T + i * DAY, correct, responseMs: 1000, grade: null }, scheduler);
    answer(false, 0);
    const stat = () => m.questions.get('q')!;
    expect(inMistakes(stat(), 2)).toBe(true);
    answer(true, 1);
    expect(inMistakes(stat(), 2)).toBe(true);
    expect(inMistakes(stat(), 1)).toBe(false);
    answer(false, 2); // a wrong answer resets the run
    answer(true, 3);
    expect(inMistakes(stat(), 2)).toBe(true);
    answer(true, 4);
    expect(inMistakes(stat(), 2)).toBe(false);
    // Never answered wrongly: never in the book.
    applyAnswer(m, { questionId: 'r', at: T, correct: true, responseMs: 1, grade: null }, scheduler);
    expect(inMistakes(m.questions.get('r')!, 2)).toBe(false);
  });

  it('leaves mock-exam answers (no time per item, logged as 0 ms) out of the learner’s pace', () => {
    const m = emptyModel();
    applyAnswer(m, { questionId: 'a', at: T, correct: true, responseMs: 30_000, grade: 'good', type: 'single' }, scheduler);
    for (let i = 0; i < 45; i++)
      applyAnswer(m, { questionId: `e${i}`, at: T + DAY, correct: true, responseMs: 0, grade: null, type: 'single' }, scheduler);
    expect(m.times.single).toEqual([30_000]);
    expect(m.questions.get('e0')).toMatchObject({ attempts: 1, corrects: 1 });
  });

  it('a right answer marked 我是猜的 does not count towards leaving the 错题本', () => {
    const m = emptyModel();
    const answer = (correct: boolean, i: number, guessed = false) =>
      applyAnswer(m, { questionId: 'q', at: T + i * DAY, correct, guessed, responseMs: 1000, grade: null }, scheduler);
    answer(false, 0);
    answer(true, 1, true);
    answer(true, 2, true);
    expect(inMistakes(m.questions.get('q')!, 2)).toBe(true);
    answer(true, 3);
    answer(true, 4);
    expect(inMistakes(m.questions.get('q')!, 2)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { MOCK_EVERY_MS, nextStep, type NextStepInput } from './nextStep';

const NOW = Date.UTC(2026, 11, 2, 12);
const base: NextStepInput = { now: NOW, inReviewPeriod: false, unintroduced: 120, weakest: null, mocks: [{ subject: 'jc', lastAt: null }] };

describe('nextStep', () => {
  it('offers more new items when nothing is clearly weak', () => {
    expect(nextStep(base)).toEqual({ kind: 'more-new', count: 10 });
    expect(nextStep({ ...base, unintroduced: 4 })).toEqual({ kind: 'more-new', count: 4 });
    expect(nextStep({ ...base, weakest: { subject: 'jc', chapter: 'jc25-01', mastery: 0.8 } })).toEqual({ kind: 'more-new', count: 10 });
  });

  it('sends the learner to a clearly weak chapter first', () => {
    expect(nextStep({ ...base, weakest: { subject: 'jc', chapter: 'jc25-03', mastery: 0.4 } })).toEqual({
      kind: 'weakest-chapter',
      subject: 'jc',
      chapter: 'jc25-03',
    });
  });

  it('in the last two weeks, a mock of the subject sat longest ago, unless every one was sat within three days', () => {
    const mocks = [
      { subject: 'jc', lastAt: NOW - MOCK_EVERY_MS - 1 },
      { subject: 'jp', lastAt: NOW - 5 * MOCK_EVERY_MS },
    ];
    expect(nextStep({ ...base, inReviewPeriod: true, mocks })).toEqual({ kind: 'mock', subject: 'jp' });
    const recent = mocks.map((m) => ({ ...m, lastAt: NOW - 1000 }));
    expect(nextStep({ ...base, inReviewPeriod: true, mocks: recent, unintroduced: 0 })).toEqual({ kind: 'rest' });
  });
});

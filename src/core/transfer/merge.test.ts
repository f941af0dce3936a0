import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerKey, mergeFavourites, mergeNotes, missingByKey } from './merge';

const answer = fc.record({
  questionId: fc.constantFrom('q1', 'q2', 'q3'),
  at: fc.integer({ min: 0, max: 20 }),
  mode: fc.constantFrom('practice', 'today'),
  choice: fc.constantFrom(['A'], ['B'], ['A', 'C']),
});

describe('merging progress from another machine', () => {
  it('property: the merged log is the union without duplicates, and merging again adds nothing', () => {
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 40 }), fc.array(answer, { maxLength: 40 }), (home, lab) => {
        const local = missingByKey([], home, answerKey); // a log has no duplicates
        const added = missingByKey(local, lab, answerKey);
        const merged = [...local, ...added];
        const keys = merged.map(answerKey);
        expect(new Set(keys).size).toBe(keys.length);
        expect(new Set(keys)).toEqual(new Set([...home, ...lab].map(answerKey)));
        expect(missingByKey(merged, lab, answerKey)).toEqual([]);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('keeps the earlier star and the later note', () => {
    expect(mergeFavourites({ a: 5, b: 1 }, { a: 3, c: 9 })).toEqual({ a: 3, b: 1, c: 9 });
    expect(
      mergeNotes({ a: { text: '旧', at: 1 }, b: { text: 'B', at: 5 } }, { a: { text: '新', at: 2 }, b: { text: 'b', at: 4 } }),
    ).toEqual({
      a: { text: '新', at: 2 },
      b: { text: 'B', at: 5 },
    });
  });
});

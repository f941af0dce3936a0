import { describe, expect, it } from 'vitest';
import { scoreObjective } from './objective';

describe('scoreObjective — single choice', () => {
  it.each([
    [['B'], ['B'], 'correct', 1],
    [['B'], ['A'], 'wrong', 0],
    [['B'], [], 'blank', 0],
    [['B'], ['A', 'B'], 'wrong', 0],
  ] as const)('key %j, choice %j → %s (%d)', (answer, choice, outcome, score) => {
    expect(scoreObjective('single', answer, choice)).toEqual({ outcome, score, maxScore: 1 });
  });
});

describe('scoreObjective — multiple choice (official rule)', () => {
  it.each([
    // exactly the keys
    [['A', 'C', 'D'], ['A', 'C', 'D'], 'correct', 2],
    [['A', 'B'], ['B', 'A'], 'correct', 2],
    [['A', 'B', 'C', 'D'], ['A', 'B', 'C', 'D'], 'correct', 2],
    // only correct options, not all: 0.5 each
    [['A', 'C', 'D'], ['A'], 'partial', 0.5],
    [['A', 'C', 'D'], ['C', 'D'], 'partial', 1],
    [['A', 'B', 'C', 'D'], ['A', 'B', 'C'], 'partial', 1.5],
    [['A', 'B'], ['B'], 'partial', 0.5],
    // any wrong option → 0, whatever else is right
    [['A', 'C', 'D'], ['E'], 'wrong', 0],
    [['A', 'C', 'D'], ['A', 'E'], 'wrong', 0],
    [['A', 'C', 'D'], ['A', 'B', 'C', 'D'], 'wrong', 0],
    [['A', 'B'], ['A', 'B', 'C', 'D', 'E'], 'wrong', 0],
    // nothing picked
    [['A', 'C'], [], 'blank', 0],
  ] as const)('key %j, choice %j → %s (%d)', (answer, choice, outcome, score) => {
    expect(scoreObjective('multiple', answer, choice)).toEqual({ outcome, score, maxScore: 2 });
  });

  it('ignores a repeated option instead of counting it twice', () => {
    expect(scoreObjective('multiple', ['A', 'C', 'D'], ['A', 'A'])).toEqual({ outcome: 'partial', score: 0.5, maxScore: 2 });
  });
});

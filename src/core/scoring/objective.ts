/**
 * Official scoring of objective items (EXAM.md):
 * 单选 — 1 point for the key, else 0.
 * 多选 — exactly the keys: 2; any wrong option picked: 0; only correct options but not all: 0.5 per option picked.
 */
export type Outcome = 'correct' | 'partial' | 'wrong' | 'blank';

export interface ScoreRule {
  singlePoints: number;
  multiplePoints: number;
  partialPerOption: number;
}

export const OFFICIAL_RULE: ScoreRule = { singlePoints: 1, multiplePoints: 2, partialPerOption: 0.5 };

export interface Scored {
  outcome: Outcome;
  score: number;
  maxScore: number;
}

export function scoreObjective(
  type: 'single' | 'multiple',
  answer: readonly string[],
  choice: readonly string[],
  rule: ScoreRule = OFFICIAL_RULE,
): Scored {
  const picked = [...new Set(choice)];
  const maxScore = type === 'single' ? rule.singlePoints : rule.multiplePoints;
  if (picked.length === 0) return { outcome: 'blank', score: 0, maxScore };
  const keys = new Set(answer);
  const wrongPicked = picked.some((k) => !keys.has(k));
  if (wrongPicked) return { outcome: 'wrong', score: 0, maxScore };
  if (picked.length === keys.size) return { outcome: 'correct', score: maxScore, maxScore };
  if (type === 'single') return { outcome: 'wrong', score: 0, maxScore };
  return { outcome: 'partial', score: picked.length * rule.partialPerOption, maxScore };
}

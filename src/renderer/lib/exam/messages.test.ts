import { describe, expect, it } from 'vitest';
import { EXAM_MESSAGES as M } from './messages';

describe('exam messages', () => {
  it('adds a sub-question’s points unless its prompt already states them', () => {
    expect(M.withScore('分析需要。', 6)).toBe('分析需要。（6 分）');
    expect(M.withScore('分析需要。（6分）', 6)).toBe('分析需要。（6分）');
    expect(M.withScore('分析需要。(8 分)', 8)).toBe('分析需要。(8 分)');
    expect(M.caseHead(5, 'design', 20)).toBe('第 5 题 · 方案设计题 · 20 分');
    expect(M.pendingTitle(2, 5)).toBe('待评分（已评 2 / 5 题）');
  });
});

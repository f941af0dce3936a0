import { describe, expect, it } from 'vitest';
import { CaseTimer, thinkingText, wordCount } from './caseTimer.svelte';

function fakeTime() {
  let t = 1_000_000;
  let tick: (() => void) | null = null;
  return {
    clock: () => t,
    every: (fn: () => void) => {
      tick = fn;
      return () => (tick = null);
    },
    advance(ms: number) {
      t += ms;
      tick?.();
    },
    get ticking() {
      return tick !== null;
    },
  };
}

describe('CaseTimer', () => {
  it('counts down from the chosen minutes and stops at zero with the time-up flag', () => {
    const f = fakeTime();
    const timer = new CaseTimer(f.clock, f.every);
    expect(timer.running).toBe(false);
    timer.start(25);
    expect(timer.text).toBe('25:00');
    f.advance(61_000);
    expect(timer.text).toBe('23:59');
    expect(timer.over).toBe(false);
    f.advance(24 * 60_000);
    expect(timer.over).toBe(true);
    expect(timer.text).toBe('00:00');
    expect(f.ticking).toBe(false);
  });

  it('restarts for the next case', () => {
    const f = fakeTime();
    const timer = new CaseTimer(f.clock, f.every);
    timer.start(30);
    f.advance(10 * 60_000);
    timer.start(30);
    expect(timer.text).toBe('30:00');
  });
});

describe('case text helpers', () => {
  it('counts characters without white space', () => {
    expect(wordCount('需要 分析\n目标')).toBe(6);
    expect(wordCount('')).toBe(0);
  });
  it('drops a leading 答题思路： once', () => {
    expect(thinkingText('答题思路：先写需要，再写目标。')).toBe('先写需要，再写目标。');
    expect(thinkingText('先写需要。答题思路：不在开头就留着')).toBe('先写需要。答题思路：不在开头就留着');
  });
});

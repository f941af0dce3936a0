import { describe, expect, it } from 'vitest';
import { inProcessBackend } from '../../../../test/support/inProcessBackend';
import { CaseSession } from './caseSession.svelte';

describe('CaseSession', () => {
  it('write → reveal → tick → save', async () => {
    const s = new CaseSession(await inProcessBackend(), 'mp', 'mp25-15');
    await s.start();
    expect(s.phase).toBe('writing');
    s.setAnswer(0, '需要分析……');
    s.toggle(0, 0); // ticking before the reveal does nothing
    expect(s.covered[0]).toEqual([]);
    await s.reveal();
    expect(s.phase).toBe('marking');
    s.setAnswer(0, 'changed after reveal'); // answers are frozen once the key is visible
    expect(s.answers[0]).toBe('需要分析……');
    s.toggle(0, 1);
    s.toggle(1, 0);
    s.toggle(1, 0);
    s.toggle(1, 0);
    expect(s.tickedScore).toBe(15);
    await s.save();
    expect(s.phase).toBe('saved');
    expect(s.result).toEqual({ score: 15, maxScore: 20, passed: true, saved: true });
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../backend/backend';
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

  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves typed answers after a pause in typing, and brings them back when the case is reopened', async () => {
    const backend = await inProcessBackend();
    const calls: string[][] = [];
    const counting: Backend = {
      ...backend,
      'cases:saveDraft': (args) => {
        calls.push(args.answers);
        return backend['cases:saveDraft'](args);
      },
    };
    vi.useFakeTimers();
    const s = new CaseSession(counting, 'mp', 'mp25-15', () => {}, 500);
    await s.start();
    expect(s.restored).toBe(false);
    s.setAnswer(0, '需');
    s.setAnswer(0, '需要分析');
    expect(s.draftState).toBe('pending');
    expect(s.dirty).toBe(true);
    await vi.advanceTimersByTimeAsync(499);
    expect(calls).toEqual([]); // still typing
    await vi.advanceTimersByTimeAsync(1);
    expect(await s.saveDraft()).toBe(true); // waits for the write the timer started
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toBe('需要分析');
    expect(s.draftState).toBe('saved');
    expect(s.dirty).toBe(false);
    vi.useRealTimers();

    const again = new CaseSession(backend, 'mp', 'mp25-15');
    await again.start();
    expect(again.restored).toBe(true);
    expect(again.answers[0]).toBe('需要分析');
  });

  it('leaving saves the draft at once; a refused save keeps the learner on the case with a message', async () => {
    const backend = await inProcessBackend();
    const s = new CaseSession(backend, 'mp', 'mp25-15', () => {}, 60_000);
    await s.start();
    s.setAnswer(1, '第二问的答案');
    expect(await s.leave()).toBe(true);
    const back = new CaseSession(backend, 'mp', 'mp25-15');
    await back.start();
    expect(back.answers[1]).toBe('第二问的答案');

    const failing: Backend = {
      ...backend,
      'cases:saveDraft': async () => {
        throw new Error('disk full');
      },
    };
    const f = new CaseSession(failing, 'mp', 'mp25-15', () => {}, 60_000);
    await f.start();
    f.setAnswer(0, '写了一半');
    expect(await f.leave()).toBe(false);
    expect(f.draftState).toBe('failed');
    expect(f.message).toContain('答案没有保存成功');
    expect(f.answers[0]).toBe('写了一半');
    await f.reveal(); // the key is not shown over an unsaved answer
    expect(f.phase).toBe('writing');
  });

  it('marking clears the draft', async () => {
    const backend = await inProcessBackend();
    const s = new CaseSession(backend, 'mp', 'mp25-15', () => {}, 60_000);
    await s.start();
    s.setAnswer(0, '答案');
    await s.reveal();
    await s.save();
    const next = new CaseSession(backend, 'mp', 'mp25-15');
    await next.start();
    expect(next.answers[0]).toBe('');
    expect(next.restored).toBe(false);
  });
});

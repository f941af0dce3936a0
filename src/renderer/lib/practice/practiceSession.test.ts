import { describe, expect, it } from 'vitest';
import { BackendError, type Backend } from '../backend/backend';
import { inProcessBackend } from '../../../../test/support/inProcessBackend';
import { PracticeSession } from './practiceSession.svelte';

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('PracticeSession', () => {
  it('walks a set: choose, submit, see feedback, next, summary', async () => {
    const c = clock();
    const s = new PracticeSession(await inProcessBackend(), { kind: 'chapter', subject: 'jc', chapter: 'jc25-06' }, c.now);
    await s.start();
    expect(s.phase).toBe('answering');
    expect(s.questions).toHaveLength(3);

    s.toggle('A');
    s.toggle('C'); // single choice: the second pick replaces the first
    expect(s.selected).toEqual(['C']);
    c.advance(4200);
    await s.submit();
    expect(s.phase).toBe('feedback');
    expect(s.feedback).toMatchObject({ correct: true, answer: ['C'] });
    s.next();

    // multiple choice via keyboard: digits and letters toggle, Enter submits
    expect(s.current?.type).toBe('multiple');
    expect(s.handleKey('1')).toBe(true);
    expect(s.handleKey('c')).toBe(true);
    expect(s.handleKey('3')).toBe(true); // C again → cleared
    expect(s.selected).toEqual(['A']);
    s.handleKey('Enter');
    await expect.poll(() => s.phase).toBe('feedback');
    expect(s.feedback).toMatchObject({ outcome: 'partial', score: 0.5 });
    expect(s.handleKey('ArrowRight')).toBe(true);

    s.toggle('D');
    await s.submit();
    expect(s.feedback?.correct).toBe(false);
    s.next();
    expect(s.phase).toBe('summary');
    expect(s.score).toEqual({ right: 1, points: 1.5, max: 4 });
  });

  it('asks for a choice before submitting and ignores keys that are not options', async () => {
    const s = new PracticeSession(await inProcessBackend(), { kind: 'chapter', subject: 'jc', chapter: 'jc25-06' });
    await s.start();
    await s.submit();
    expect(s.phase).toBe('answering');
    expect(s.message).toMatch(/请先选择/);
    expect(s.handleKey('E')).toBe(true); // E is not an option of a single-choice item: nothing selected
    expect(s.selected).toEqual([]);
    expect(s.handleKey('x')).toBe(false);
  });

  it('stays on the question with the message when saving fails, so nothing is lost', async () => {
    const real = await inProcessBackend();
    const failing: Backend = {
      ...real,
      'practice:answer': async () => {
        throw new BackendError('STORAGE_WRITE', '保存学习记录时出错');
      },
    };
    const s = new PracticeSession(failing, { kind: 'chapter', subject: 'jc', chapter: 'jc25-06' });
    await s.start();
    s.toggle('B');
    await s.submit();
    expect(s.phase).toBe('answering');
    expect(s.selected).toEqual(['B']);
    expect(s.message).toBe('保存学习记录时出错');
  });

  it('shows the reason when a chapter cannot be opened', async () => {
    const s = new PracticeSession(await inProcessBackend(), { kind: 'chapter', subject: 'jc', chapter: 'jc25-99' });
    await s.start();
    expect(s.phase).toBe('empty');
    expect(s.message).toMatch(/没有找到这个章节/);
  });
});

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

  it('batch mode: no key until the end, each answer in the log when confirmed, 答题卡 states, one review at the end', async () => {
    const real = await inProcessBackend();
    const sent: { questionId: string; choice: string[] }[] = [];
    const backend: Backend = {
      ...real,
      'practice:answer': async (args) => {
        sent.push({ questionId: args.questionId, choice: args.choice });
        return real['practice:answer'](args);
      },
    };
    const s = new PracticeSession(backend, { kind: 'chapter', subject: 'jc', chapter: 'jc25-06' }, undefined, undefined, {
      batch: { size: 10 },
    });
    await s.start();
    expect(s.batch).toBe(true);
    s.toggle('C');
    await s.submit();
    // Recorded at once, but no key on screen: the next item is shown.
    expect(sent).toHaveLength(1);
    expect(s.phase).toBe('answering');
    expect(s.index).toBe(1);
    expect(s.feedback).toBeNull();
    expect(s.stateOf(0)).toEqual({ answered: true, current: false, marked: false, correct: null });
    expect(s.stateOf(1)).toMatchObject({ answered: false, current: true });
    // 标记 and skip ahead with the 答题卡; go back to the answered one: it shows the choice, locked, without the key.
    expect(s.handleKey('m')).toBe(true);
    expect(s.stateOf(1).marked).toBe(true);
    s.go(0);
    expect(s.phase).toBe('answered');
    expect(s.selected).toEqual(['C']);
    expect(s.feedback).toBeNull();
    s.toggle('A'); // locked
    expect(s.selected).toEqual(['C']);
    s.go(2);
    s.toggle('D');
    await s.submit();
    // The next unanswered item wraps round to the skipped one.
    expect(s.index).toBe(1);
    expect(s.remaining).toBe(1);
    s.toggle('A');
    await s.submit();
    expect(sent.map((a) => a.choice)).toEqual([['C'], ['D'], ['A']]);
    expect(s.phase).toBe('summary');
    // The review, in the order of the set, with the key now shown in the 答题卡.
    expect(s.results.map((r) => r.choice)).toEqual([['C'], ['A'], ['D']]);
    expect(s.stateOf(0).correct).toBe(true);
    expect(s.stateOf(2).correct).toBe(false);
    expect(s.score).toEqual({ right: 1, points: 1.5, max: 4 });
  });

  it('batch mode asks the bank for the set size, and 交卷看答案 ends early with only the answered items', async () => {
    const real = await inProcessBackend();
    let limit: number | undefined;
    const backend: Backend = {
      ...real,
      'practice:start': async (args) => {
        limit = args.limit;
        return real['practice:start'](args);
      },
    };
    const s = new PracticeSession(backend, { kind: 'chapter', subject: 'jc', chapter: 'jc25-06' }, undefined, undefined, {
      batch: { size: 20 },
      autoNextSingle: true,
    });
    await s.start();
    expect(limit).toBe(20);
    // 单选 with auto-next: choosing confirms and moves on.
    s.toggle('C');
    await expect.poll(() => s.index).toBe(1);
    expect(s.answeredCount).toBe(1);
    // A 多选 waits for 确认 even with auto-next.
    s.toggle('A');
    expect(s.index).toBe(1);
    s.finish();
    expect(s.phase).toBe('summary');
    expect(s.results).toHaveLength(1);
    expect(s.remaining).toBe(2);
  });

  it('instant mode: 答对自动下一题 moves on after a right answer only, and the 答题卡 shows right and wrong', async () => {
    const waiting: (() => void)[] = [];
    const s = new PracticeSession(await inProcessBackend(), { kind: 'chapter', subject: 'jc', chapter: 'jc25-06' }, undefined, undefined, {
      autoNextWhenRight: true,
      schedule: (fn) => void waiting.push(fn),
    });
    await s.start();
    s.toggle('C');
    await s.submit();
    expect(s.phase).toBe('feedback');
    expect(s.stateOf(0).correct).toBe(true);
    expect(waiting).toHaveLength(1);
    waiting.shift()!();
    expect(s.index).toBe(1);
    s.toggle('A');
    await s.submit(); // partial: not right, stays
    expect(waiting).toHaveLength(0);
    expect(s.phase).toBe('feedback');
    expect(s.stateOf(1).correct).toBe(false);
    // Going back shows the earlier item with its feedback.
    s.go(0);
    expect(s.phase).toBe('feedback');
    expect(s.feedback?.answer).toEqual(['C']);
  });

  it('a pending auto-next does nothing once the learner has moved on', async () => {
    const waiting: (() => void)[] = [];
    const s = new PracticeSession(await inProcessBackend(), { kind: 'chapter', subject: 'jc', chapter: 'jc25-06' }, undefined, undefined, {
      autoNextWhenRight: true,
      schedule: (fn) => void waiting.push(fn),
    });
    await s.start();
    s.toggle('C');
    await s.submit();
    s.next();
    expect(s.index).toBe(1);
    waiting.shift()!();
    expect(s.index).toBe(1);
    expect(s.phase).toBe('answering');
  });
});

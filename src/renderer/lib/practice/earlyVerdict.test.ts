import { describe, expect, it } from 'vitest';
import type { Feedback } from '@shared/ipc/contract';
import { BackendError, type Backend } from '../backend/backend';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inProcessBackend } from '../../../../test/support/inProcessBackend';
import { tempDataDir } from '../../../../test/support/questionsDirForTesting';
import { AnswerSaver, EarlyVerdict } from './earlyVerdict.svelte';
import { PracticeSession } from './practiceSession.svelte';

const chapter = { kind: 'chapter', subject: 'jc', chapter: 'jc25-06' } as const;

/** A backend whose practice:answer waits until `release()`; records every request it got. */
function heldAnswers(real: Backend) {
  const sent: { attemptId?: string | undefined }[] = [];
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  const backend: Backend = {
    ...real,
    'practice:answer': async (args) => {
      sent.push(args);
      await gate;
      return { ...(await real['practice:answer'](args)), note: 'from main' };
    },
  };
  return { backend, sent, release: () => release() };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('issue 14: the verdict before the durable write', () => {
  it('shows the verdict (scored here, official rule) while main is still writing; main’s feedback replaces it', async () => {
    const held = heldAnswers(await inProcessBackend());
    const s = new PracticeSession(held.backend, chapter, undefined, undefined, {
      early: new EarlyVerdict(held.backend),
      saver: new AnswerSaver(held.backend, 5),
    });
    await s.start();
    await settle(); // the keys of the first page arrive
    s.toggle('C');
    const submitted = s.submit();
    // Synchronously after 提交: the verdict is there, main has not answered.
    expect(s.phase).toBe('feedback');
    expect(s.feedback).toMatchObject({ correct: true, outcome: 'correct', answer: ['C'], nextInDays: null });
    await submitted;
    // The send leaves in the task right after 提交's, so it never holds back the verdict's frame.
    expect(held.sent).toHaveLength(0);
    await expect.poll(() => held.sent.length).toBe(1);
    expect(held.sent[0]!.attemptId).toEqual(expect.any(String));
    held.release();
    await expect.poll(() => s.feedback?.note).toBe('from main');
    expect(s.results[0]!.feedback.note).toBe('from main');
    s.next();
    s.toggle('A'); // multiple choice, one of the keys only
    await s.submit();
    expect(s.feedback).toMatchObject({ outcome: 'partial', score: 0.5, maxScore: 2 });
  });

  it('without the key yet it waits for main, as before', async () => {
    const real = await inProcessBackend();
    const noKeys: Backend = { ...real, 'practice:keys': () => new Promise(() => {}) };
    const s = new PracticeSession(noKeys, chapter, undefined, undefined, {
      early: new EarlyVerdict(noKeys),
      saver: new AnswerSaver(noKeys),
    });
    await s.start();
    s.toggle('C');
    const submitted = s.submit();
    expect(s.phase).toBe('saving');
    await submitted;
    expect(s.phase).toBe('feedback');
    expect(s.feedback).toMatchObject({ correct: true, answer: ['C'] });
  });

  it('a send that fails is retried with the same attempt id until main has it; the learner is told meanwhile, main records it once', async () => {
    const dataDir = tempDataDir();
    const real = await inProcessBackend(dataDir);
    const seen: (string | undefined)[] = [];
    let down = true;
    const flaky: Backend = {
      ...real,
      'practice:answer': async (args) => {
        seen.push(args.attemptId);
        const fb = await real['practice:answer'](args); // main records it, but the reply is lost
        if (down) throw new BackendError('INTERNAL', '无法连接到社工路的后台服务。');
        return fb;
      },
    };
    const saver = new AnswerSaver(flaky, 5);
    const saved = saver.save({ questionId: 'jc25-06-001', choice: ['C'], responseMs: 3000, mode: 'practice', guessed: false });
    await expect.poll(() => saver.problem ?? '').toMatch(/还没有保存.*无法连接/);
    await expect.poll(() => seen.length).toBeGreaterThan(2);
    down = false;
    const fb: Feedback = await saved;
    expect(fb.correct).toBe(true);
    expect(saver.problem).toBeNull();
    expect(new Set(seen).size).toBe(1);
    // Sent three times or more, recorded once.
    const reviews = join(dataDir, 'learners', 'default', 'reviews');
    const lines = readdirSync(reviews).flatMap((f) => readFileSync(join(reviews, f), 'utf8').trim().split('\n'));
    expect(lines).toHaveLength(1);
  });

  it('a refusal is not retried: the session says the answer was not saved', async () => {
    const real = await inProcessBackend();
    const refusing: Backend = {
      ...real,
      'practice:answer': async () => {
        throw new BackendError('NOT_FOUND', '没有找到这道题，可能题库已更新。');
      },
    };
    const s = new PracticeSession(refusing, chapter, undefined, undefined, {
      early: new EarlyVerdict(refusing),
      saver: new AnswerSaver(refusing, 5),
    });
    await s.start();
    await settle();
    s.toggle('C');
    await s.submit();
    expect(s.phase).toBe('feedback');
    await expect.poll(() => s.message).toMatch(/答案没有保存：没有找到这道题/);
  });
});

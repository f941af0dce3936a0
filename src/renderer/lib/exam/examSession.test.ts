import { describe, expect, it, vi } from 'vitest';
import type { Backend } from '../backend/backend';
import { inProcessBackend } from '../../../../test/support/inProcessBackend';
import { ExamSession } from './examSession.svelte';

describe('ExamSession', () => {
  it('tells the candidate when an answer could not reach the disk, and clears it once saving works again', async () => {
    const real = await inProcessBackend();
    let diskFull = false;
    const backend: Backend = {
      ...real,
      'exam:answer': async (a) => ({ saved: !diskFull && (await real['exam:answer'](a)).saved }),
    };
    const v = await real['exam:start']({ subject: 'jc', custom: { counts: { single: 2 }, minutes: 10 } });
    const exam = new ExamSession(backend, v.id);
    await exam.load();
    diskFull = true;
    await exam.choose('A');
    expect(exam.message).toMatch(/没能写入磁盘.*不要关闭/);
    diskFull = false;
    await exam.choose('B');
    expect(exam.message).toBeNull();
    exam.dispose();
  });

  it('warns at 10 minutes and submits by itself when the countdown reaches zero on the open screen', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      let t = Date.UTC(2026, 10, 28, 1);
      const backend = await inProcessBackend(undefined, () => t);
      const v = await backend['exam:start']({ subject: 'jc', custom: { counts: { single: 2 }, minutes: 15 } });
      const exam = new ExamSession(backend, v.id, () => t);
      await exam.load();
      await exam.choose('A');
      t += 5 * 60_000 + 1_000; // 9:59 left
      await vi.advanceTimersByTimeAsync(600);
      expect(exam.warned).toBe(true);
      expect(exam.result).toBeNull();
      t += 10 * 60_000;
      await vi.advanceTimersByTimeAsync(600);
      await vi.waitFor(() => expect(exam.result).not.toBeNull());
      expect(exam.result).toMatchObject({ autoSubmitted: true, usedMs: 15 * 60_000, unanswered: 1 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('单选自动下一题: when turned on, a 单选 answer moves to the next item; never past the last, never for 多选', async () => {
    const backend = await inProcessBackend();
    const v = await backend['exam:start']({ subject: 'jc', custom: { counts: { single: 2, multiple: 1 }, minutes: 10 } });
    const exam = new ExamSession(backend, v.id);
    await exam.load();
    await exam.choose('A');
    expect(exam.index).toBe(0); // off by default
    exam.autoAdvance = true;
    await exam.choose('B');
    expect(exam.index).toBe(1);
    await exam.choose('A'); // 2nd 单选 → on to the 多选
    expect(exam.index).toBe(2);
    await exam.choose('A');
    expect(exam.index).toBe(2);
    exam.dispose();
  });

  it('opens the result once the paper is handed in, by 交卷 or because it already was when opened', async () => {
    const backend = await inProcessBackend();
    const v = await backend['exam:start']({ subject: 'jc', custom: { counts: { single: 1 }, minutes: 10 } });
    let shown = 0;
    const exam = new ExamSession(backend, v.id, undefined, () => void shown++);
    await exam.load();
    expect(shown).toBe(0);
    await exam.submit();
    expect(shown).toBe(1);
    let reopened = 0;
    await new ExamSession(backend, v.id, undefined, () => void reopened++).load();
    expect(reopened).toBe(1);
  });
});

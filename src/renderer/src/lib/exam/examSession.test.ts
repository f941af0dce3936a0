import { describe, expect, it } from 'vitest';
import type { Backend } from '../backend/backend';
import { inProcessBackend } from '../testing/inProcessBackend';
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
});

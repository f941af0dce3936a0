import { describe, expect, it } from 'vitest';
import { inProcessBackend } from '../../../../test/support/inProcessBackend';
import { tempDataDir } from '../../../../test/support/questionsDirForTesting';
import { TransferState } from './transfer.svelte';

describe('TransferState', () => {
  it('exports a file and imports it on another computer, then re-reads the records', async () => {
    let file = '';
    const home = new TransferState(
      await inProcessBackend(),
      async () => {},
      (_n, content) => (file = content),
    );
    await home.exportProgress();
    expect(home.message?.ok).toBe(true);
    expect(file).not.toBe('');
    let reloaded = 0;
    const lab = new TransferState(await inProcessBackend(tempDataDir()), async () => void reloaded++);
    await lab.importContent(file);
    expect(lab.pending).toBeNull();
    expect(lab.message).toMatchObject({ ok: true, text: expect.stringMatching(/^导入完成/) });
    expect(reloaded).toBe(1);
  });

  it("another learner's file waits for consent; 确定合并 merges it", async () => {
    let file = '';
    await new TransferState(
      await inProcessBackend(),
      async () => {},
      (_n, content) => (file = content),
    ).exportProgress();
    const other = JSON.stringify({ ...JSON.parse(file), learner: '王芳' });
    let reloaded = 0;
    const s = new TransferState(await inProcessBackend(tempDataDir()), async () => void reloaded++);
    await s.importContent(other);
    expect(s.pending).toEqual({ content: other, question: expect.stringContaining('王芳') });
    expect(s.message).toEqual({ ok: true, text: '请先确认是否合并。' });
    expect(reloaded).toBe(0);
    await s.confirm();
    expect(s.pending).toBeNull();
    expect(s.message?.text).toMatch(/^导入完成/);
    expect(reloaded).toBe(1);
  });

  it('a file that is not a progress file gives a message and changes nothing; cancelling a question says so', async () => {
    let reloaded = 0;
    const s = new TransferState(await inProcessBackend(), async () => void reloaded++);
    await s.importContent('not json');
    expect(s.message?.ok).toBe(false);
    expect(reloaded).toBe(0);
    s.cancel();
    expect(s.message).toEqual({ ok: true, text: '已取消导入，没有做任何改动。' });
  });
});

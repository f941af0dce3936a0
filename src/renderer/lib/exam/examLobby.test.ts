import { describe, expect, it } from 'vitest';
import { inProcessBackend } from '../../../../test/support/inProcessBackend';
import { ExamLobbyState } from './examLobby.svelte';

describe('ExamLobbyState', () => {
  it('reads each subject’s paper options and the history, starts a custom paper and opens it', async () => {
    const backend = await inProcessBackend();
    const opened: string[] = [];
    const lobby = new ExamLobbyState(backend, (id) => opened.push(id));
    await lobby.load(['jc']);
    expect(lobby.options.map((o) => o.subject)).toEqual(['jc']);
    expect(lobby.history).toEqual([]);
    await lobby.start('jc', { counts: { single: 1 }, minutes: 5 });
    expect(lobby.error).toBeNull();
    expect(opened).toHaveLength(1);
    expect(await backend['exam:active'](undefined)).toMatchObject({ id: opened[0] });
  });

  it("shows main's refusal when another paper is unfinished", async () => {
    const backend = await inProcessBackend();
    const lobby = new ExamLobbyState(backend, () => {});
    await lobby.start('jc', { counts: { single: 1 }, minutes: 5 });
    const opened: string[] = [];
    const again = new ExamLobbyState(backend, (id) => opened.push(id));
    await again.start('jc', { counts: { single: 1 }, minutes: 5 });
    expect(opened).toEqual([]);
    expect(again.error).toBeTruthy();
    expect(again.error).not.toBe('开始考试时出错，请重试。');
  });
});

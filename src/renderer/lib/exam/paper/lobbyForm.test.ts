import { describe, expect, it } from 'vitest';
import { inProcessBackend } from '../../../../../test/support/inProcessBackend';
import { ExamLobbyState } from '../examLobby.svelte';

describe('考试形式 in the lobby', () => {
  it('is 机考界面 by default, starts a 纸笔考试 when chosen, and offers the latest sitting’s form next time', async () => {
    const backend = await inProcessBackend();
    const opened: string[] = [];
    const lobby = new ExamLobbyState(backend, (id) => opened.push(id));
    await lobby.load(['jc']);
    expect(lobby.form).toBe('computer');
    lobby.form = 'paper';
    await lobby.start('jc', { counts: { single: 1 }, minutes: 5 });
    const view = await backend['exam:get']({ id: opened[0]! });
    expect(view.form).toBe('paper');
    expect(view.cardOrder).toBe('rows');
    await backend['exam:submit']({ id: opened[0]! });

    const next = new ExamLobbyState(backend, () => {});
    await next.load(['jc']);
    expect(next.form).toBe('paper');
  });
});

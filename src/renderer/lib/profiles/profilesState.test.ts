import { describe, expect, it } from 'vitest';
import { CHANNELS } from '@shared/ipc/contract';
import { createApp } from '../../../../electron/main/app';
import { questionsDirForTesting, tempDataDir } from '../../../../test/support/questionsDirForTesting';
import { backendFrom } from '../backend/backend';
import { ProfilesState } from './profilesState.svelte';

/** The real handlers with no learner open, as on a shared computer's start screen. */
async function startScreenBackend() {
  const { dispatch } = await createApp({
    dataDir: tempDataDir(),
    questionsDir: questionsDirForTesting(),
    now: () => Date.UTC(2026, 10, 28),
    log: () => {},
  });
  return backendFrom(CHANNELS, (channel, args) => dispatch(channel, args));
}

describe('ProfilesState', () => {
  it('creates a learner, enters it, and lists it with its PIN after leaving', async () => {
    const backend = await startScreenBackend();
    let entered = 0;
    const s = new ProfilesState(backend, async () => void entered++);
    await s.load();
    expect(s.profiles).toEqual([]);
    expect(await s.create({ name: '王芳', level: 'junior', examDate: '2027-05-22', pin: '1234' })).toBe(true);
    expect(entered).toBe(1);
    await backend['profiles:close'](undefined);
    await s.load();
    expect(s.profiles).toMatchObject([{ name: '王芳', hasPin: true, examDate: '2027-05-22' }]);
  });

  it("asks for a level first, and shows the contract's own messages for a bad name or PIN (no copy of the rules)", async () => {
    const s = new ProfilesState(await startScreenBackend(), async () => {});
    expect(await s.create({ name: '王芳', level: null, examDate: '', pin: '' })).toBe(false);
    expect(s.error).toBe('请选择报考级别。');
    expect(await s.create({ name: '', level: 'junior', examDate: '', pin: '' })).toBe(false);
    expect(s.error).toMatch(/名字/);
    expect(await s.create({ name: '王芳', level: 'junior', examDate: '', pin: '12' })).toBe(false);
    expect(s.error).toMatch(/数字密码/);
    expect(s.errorAt('create')).toBe(s.error);
  });

  it('a wrong PIN keeps the learner out with a message; the right one lets them in; rename and remove re-read the list', async () => {
    const backend = await startScreenBackend();
    let entered = 0;
    const s = new ProfilesState(backend, async () => void entered++);
    await s.create({ name: '李明', level: 'junior', examDate: '', pin: '1234' });
    await backend['profiles:close'](undefined);
    await s.load();
    const p = s.profiles[0]!;
    expect(await s.open(p, '9999')).toBe(false);
    // The message belongs beside that learner's password box, not at the top of the screen.
    expect(s.errorAt(`open:${p.id}`)).toMatch(/数字密码不正确/);
    expect(s.errorAt('top')).toBeNull();
    expect(await s.open(p, '1234')).toBe(true);
    expect(s.error).toBeNull();
    expect(entered).toBe(2);
    await backend['profiles:close'](undefined);
    expect(await s.rename(p, ' 李明明 ', '1234')).toBe(true);
    expect(s.profiles.map((x) => x.name)).toEqual(['李明明']);
    expect(await s.setPin(s.profiles[0]!, '', '1234')).toBe(true);
    expect(s.profiles[0]!.hasPin).toBe(false);
    expect(await s.remove(s.profiles[0]!, '')).toBe(true);
    expect(s.profiles).toEqual([]);
  });
});

import { openForTesting } from '../../../test/support/openForTesting';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '@shared/ipc/contract';
import { questionsDirForTesting, tempDataDir } from '../../../test/support/questionsDirForTesting';
import { servicesForTesting } from '../../../test/support/openForTesting';

const T0 = Date.UTC(2026, 10, 28, 12);

async function open(dataDir: string, now = T0) {
  const app = await openForTesting({ dataDir, now, learner: undefined });
  return { s: app.services, call: app.call, dispatch: app.dispatch };
}

describe('learner profiles', () => {
  it('keeps each learner’s records apart: no channel shows another learner’s data', async () => {
    const dataDir = tempDataDir();
    const { call } = await open(dataDir);
    expect(await call('profiles:list')).toEqual({ profiles: [], current: null });
    await call('profiles:create', { name: '王芳', level: 'junior', examDate: '2027-05-22' });
    await call('practice:answer', { questionId: 'jc25-06-001', choice: ['A'], responseMs: 1000 });
    await call('collections:setFavourite', { questionId: 'jc25-06-002', on: true });
    await call('collections:setNote', { questionId: 'jc25-06-002', text: '王芳的笔记' });
    const exam = await call<{ id: string }>('exam:start', { subject: 'jc', custom: { counts: { single: 1 }, minutes: 5 } });
    await call('exam:submit', { id: exam.id });
    await call('profiles:close');

    await call('profiles:create', { name: '李明', level: 'junior' });
    const overview = await call<{ chapters: { done: number }[] }[]>('catalog:overview', { level: 'junior' });
    expect(overview.flatMap((s) => s.chapters).every((c) => c.done === 0)).toBe(true);
    expect(await call('mistakes:list', {})).toEqual([]);
    expect(await call('collections:favourites')).toEqual([]);
    expect(await call('exam:history')).toEqual([]);
    expect(await call('exam:active')).toBeNull();
    expect(await call('settings:get')).toMatchObject({ examDate: null });
    const fb = await call<{ favourite: boolean; note: string }>('practice:answer', {
      questionId: 'jc25-06-002',
      choice: ['A'],
      responseMs: 1,
    });
    expect(fb).toMatchObject({ favourite: false, note: '' });
    await expect(call('exam:result', { id: exam.id })).rejects.toThrow(/NOT_FOUND/);

    const list = await call<{ profiles: { id: string; name: string }[] }>('profiles:list');
    const wang = list.profiles.find((p) => p.name === '王芳')!;
    await call('profiles:open', { id: wang.id });
    expect((await call<{ id: string }[]>('mistakes:list', {})).map((m) => m.id)).toContain('jc25-06-001');
    expect(await call('exam:history')).toHaveLength(1);
  });

  it('sweeps every channel as another learner: none returns the first learner’s note, exam or answers', async () => {
    const dataDir = tempDataDir();
    const { call, dispatch } = await open(dataDir);
    await call('profiles:create', { name: '王芳', level: 'junior', pin: '2468' });
    await call('practice:answer', { questionId: 'jc25-06-001', choice: ['A'], responseMs: 4321 });
    await call('collections:setFavourite', { questionId: 'jc25-06-002', on: true });
    await call('collections:setNote', { questionId: 'jc25-06-002', text: '王芳的秘密笔记' });
    const exam = await call<{ id: string }>('exam:start', { subject: 'jc', custom: { counts: { single: 1 }, minutes: 5 } });
    await call('exam:submit', { id: exam.id });
    await call('profiles:close');
    await call('profiles:create', { name: '李明', level: 'junior' });

    // Arguments a curious classmate would try, aimed at 王芳's records where a channel takes ids.
    const args: Partial<Record<(typeof CHANNELS)[number], unknown>> = {
      'catalog:overview': { level: 'junior' },
      'practice:start': { subject: 'jc', chapter: 'jc25-06' },
      'practice:questions': { ids: ['jc25-06-001', 'jc25-06-002'] },
      'mistakes:list': {},
      'collections:state': { ids: ['jc25-06-001', 'jc25-06-002'] },
      'exam:options': { subject: 'jc' },
      'exam:get': { id: exam.id },
      'exam:result': { id: exam.id },
      'exam:submit': { id: exam.id },
      'exam:caseMark': { id: exam.id, questionId: 'jc25-06-001', covered: [] },
      'cases:start': { subject: 'mp', chapter: 'mp25-15' },
    };
    // Channels that change who is open or delete things are left out of the sweep; the PIN guards them.
    const skip = new Set([
      'profiles:close',
      'profiles:delete',
      'profiles:open',
      'backup:restore',
      'transfer:import',
      'admin:setPin',
      'centre:setFolder',
    ]);
    const secrets = ['王芳的秘密笔记', exam.id, '4321'];
    let answered = 0;
    for (const c of CHANNELS.filter((x) => !skip.has(x))) {
      const r = await dispatch(c, args[c]);
      if (!r.ok) continue;
      answered++;
      const text = JSON.stringify(r.value);
      for (const secret of secrets) expect(text.includes(secret), `${c} returned ${secret}`).toBe(false);
      // Only the start screen's list names other learners.
      if (c !== 'profiles:list') expect(text.includes('王芳'), `${c} names 王芳`).toBe(false);
    }
    expect(answered).toBeGreaterThanOrEqual(20); // the sweep really reached most channels
  });

  it('refuses every learner channel while no learner is open, with a coded Chinese message', async () => {
    const { dispatch } = await open(tempDataDir());
    for (const c of CHANNELS.filter((c) => !c.startsWith('profiles:') && c !== 'app:status')) {
      const r = await dispatch(c, c === 'catalog:overview' ? { level: 'junior' } : undefined);
      if (r.ok) continue; // channels whose arguments are required fail validation first: also not ok
      expect(r.error.code === 'FORBIDDEN' || r.error.code === 'BAD_REQUEST').toBe(true);
    }
    const r = await dispatch('settings:get', undefined);
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '请先在开始页面选择学员。' } });
  });

  it('protects a learner with a salted PIN, and keeps a deleted learner’s folder', async () => {
    const dataDir = tempDataDir();
    const { call, s } = await open(dataDir);
    const { id } = await call<{ id: string }>('profiles:create', { name: '张伟', level: 'intermediate', pin: '2468' });
    await call('profiles:close');
    await expect(call('profiles:open', { id })).rejects.toThrow(/FORBIDDEN.*请输入密码（4 到 8 位数字）/);
    await expect(call('profiles:open', { id, pin: '1357' })).rejects.toThrow(/FORBIDDEN.*数字密码不正确/);
    await call('profiles:open', { id, pin: '2468' });
    expect(s.learnerId).toBe(id);
    expect(JSON.stringify(s.profiles.get(id))).not.toContain('2468');

    await call('profiles:rename', { id, name: '张伟（202班）', pin: '2468' });
    await expect(call('profiles:delete', { id, pin: '0000' })).rejects.toThrow(/数字密码不正确/);
    await call('profiles:delete', { id, pin: '2468' });
    expect(await call('profiles:list')).toEqual({ profiles: [], current: null });
    expect(existsSync(join(dataDir, 'learners', id))).toBe(false);
    expect(readdirSync(join(dataDir, 'backups', id)).some((f) => f.startsWith('deleted-'))).toBe(true);
  });

  it('gives a profile back to a learner folder that has none (data from before profiles)', async () => {
    const dataDir = tempDataDir();
    const first = await servicesForTesting({
      learner: 'default',
      dataDir,
      questionsDir: questionsDirForTesting(),
      now: () => T0,
    });
    await first.settings.update({ level: 'junior' });
    await first.dispose();
    const { rmSync } = await import('node:fs');
    rmSync(join(dataDir, 'profiles.json'));
    const { call, s } = await open(dataDir);
    expect((await call<{ profiles: { id: string; name: string }[] }>('profiles:list')).profiles).toMatchObject([
      { id: 'default', name: '学员1' },
    ]);
    expect(s.learnerId).toBe('default'); // the only learner, without PIN: opened at once
  });
});

describe('a learner who forgot their PIN', () => {
  it('gets it cleared by the administrator with the administrator PIN, and by nobody without one', async () => {
    const { call, s } = await open(tempDataDir());
    const { id } = await call<{ id: string }>('profiles:create', { name: '李明', level: 'junior', pin: '2468' });
    await call('profiles:close');
    await expect(call('profiles:resetPin', { id, adminPin: '' })).rejects.toThrow(/FORBIDDEN: 本机还没有设置管理员密码/);
    await s.machine.set({ ...s.machine.get(), adminPin: await (await import('../auth/pinHash')).hashPin('13579', 0) });
    await expect(call('profiles:resetPin', { id, adminPin: '' })).rejects.toThrow(/需要管理员密码/);
    await expect(call('profiles:resetPin', { id, adminPin: '11111' })).rejects.toThrow(/管理员密码不正确/);
    expect(await call('profiles:resetPin', { id, adminPin: '13579' })).toMatchObject({ id, hasPin: false });
    await call('profiles:open', { id });
    expect(s.learnerId).toBe(id);
  });
});

describe('a damaged profiles.json', () => {
  it('gets each learner back from the copy in their folder, PIN included: nobody becomes open to classmates', async () => {
    const dataDir = tempDataDir();
    const first = await open(dataDir);
    const { id } = await first.call<{ id: string }>('profiles:create', { name: '李明', level: 'intermediate', pin: '2468' });
    await first.call('profiles:close');
    await first.s.dispose();
    writeFileSync(join(dataDir, 'profiles.json'), '{"version":1,"profiles":[{"id":');
    const { call, s } = await open(dataDir);
    expect((await call<{ profiles: { id: string; name: string; hasPin: boolean }[] }>('profiles:list')).profiles).toMatchObject([
      { id, name: '李明', hasPin: true },
    ]);
    expect(s.learnerId).toBeNull(); // a PIN-protected learner is not opened by itself
    await expect(call('profiles:open', { id })).rejects.toThrow(/FORBIDDEN/);
    await call('profiles:open', { id, pin: '2468' });
    expect(s.settings.get().level).toBe('intermediate');
  });
});

describe('first run in a data folder that does not exist yet (regression)', () => {
  it('creates the folder when the first learner is saved', async () => {
    const dataDir = join(tempDataDir(), 'not', 'yet', 'there');
    const { call, s } = await open(dataDir);
    await call('profiles:create', { name: '王芳', level: 'junior' });
    expect(s.health.problem).toBeNull();
    expect(existsSync(join(dataDir, 'profiles.json'))).toBe(true);
  });
});

describe('holes an attack on the PINs found', () => {
  async function openClock(dataDir: string, clock: { now: number }) {
    const app = await openForTesting({ dataDir, now: () => clock.now, learner: undefined });
    return { s: app.services, call: app.call };
  }

  it('hole 1: a classmate who sets the first administrator PIN cannot clear another learner’s PIN', async () => {
    const clock = { now: T0 };
    const { call } = await openClock(tempDataDir(), clock);
    const { id: victim } = await call<{ id: string }>('profiles:create', { name: '王芳', level: 'junior', pin: '2468' });
    await call('profiles:close');
    clock.now += 60_000;
    await call('profiles:create', { name: '攻击者', level: 'junior' });
    // With no administrator PIN anyone signed in may set the first one …
    await call('admin:setPin', { next: '9999' });
    await call('profiles:close');
    // … but it does not act for a learner whose PIN is older than it.
    await expect(call('profiles:resetPin', { id: victim, adminPin: '9999' })).rejects.toThrow(
      /FORBIDDEN: 这位学员的数字密码是在本机设置管理员密码之前设的/,
    );
    await expect(call('profiles:open', { id: victim })).rejects.toThrow(/FORBIDDEN/);
    // A learner who sets a PIN after the administrator PIN existed can be helped by the administrator.
    clock.now += 60_000;
    const { id: later } = await call<{ id: string }>('profiles:create', { name: '李明', level: 'junior', pin: '1357' });
    await call('profiles:close');
    expect(await call('profiles:resetPin', { id: later, adminPin: '9999' })).toMatchObject({ id: later, hasPin: false });
  });

  it('hole 2: wrong PINs wait longer each time, the right PIN waits too, and a restart does not reset the count', async () => {
    const clock = { now: T0 };
    const dataDir = tempDataDir();
    const first = await openClock(dataDir, clock);
    const { id } = await first.call<{ id: string }>('profiles:create', { name: '王芳', level: 'junior', pin: '24681357' });
    await first.call('profiles:close');
    for (let i = 0; i < 2; i++) await expect(first.call('profiles:open', { id, pin: '0000' })).rejects.toThrow(/数字密码不正确/);
    await expect(first.call('profiles:open', { id, pin: '0000' })).rejects.toThrow(/请 5 秒后再试/);
    // During the wait even the right PIN is refused (or the wait would not slow guessing down).
    await expect(first.call('profiles:open', { id, pin: '24681357' })).rejects.toThrow(/已连续输错 3 次.*请 5 秒后再试/);
    await first.s.dispose();
    const second = await openClock(dataDir, clock);
    await expect(second.call('profiles:open', { id, pin: '24681357' })).rejects.toThrow(/已连续输错 3 次/);
    clock.now += 5_000;
    await expect(second.call('profiles:open', { id, pin: '1111' })).rejects.toThrow(/请 10 秒后再试/);
    clock.now += 10_000;
    await second.call('profiles:open', { id, pin: '24681357' });
    expect(second.s.learnerId).toBe(id);
    await second.call('profiles:close');
    // The right PIN clears the count.
    await expect(second.call('profiles:open', { id, pin: '1111' })).rejects.toThrow(
      /^FORBIDDEN: 数字密码不正确，请重新输入。忘记密码请找老师。$/,
    );
  });

  it('hole 2: renaming a learner needs that learner’s PIN', async () => {
    const { call } = await openClock(tempDataDir(), { now: T0 });
    const { id } = await call<{ id: string }>('profiles:create', { name: '王芳', level: 'junior', pin: '2468' });
    await call('profiles:close');
    await expect(call('profiles:rename', { id, name: '改掉' })).rejects.toThrow(/FORBIDDEN.*请输入密码/);
    expect(await call('profiles:rename', { id, name: '王芳芳', pin: '2468' })).toMatchObject({ name: '王芳芳' });
  });
});

describe('issue 12, hole 8: damaged learner list, profile copy and machine settings', () => {
  async function pinLearner() {
    const dataDir = tempDataDir();
    const first = await open(dataDir);
    const { id } = await first.call<{ id: string }>('profiles:create', { name: '李明', level: 'intermediate', pin: '2468' });
    await first.call('profiles:close'); // closing makes today's backup, which holds the profile copy
    await first.call('admin:setPin', { next: '97531' });
    await first.s.dispose();
    return { dataDir, id };
  }

  it('both profiles.json and the folder’s copy damaged: the profile, PIN included, comes back from a backup', async () => {
    const { dataDir, id } = await pinLearner();
    writeFileSync(join(dataDir, 'profiles.json'), '{ broken');
    writeFileSync(join(dataDir, 'learners', id, 'profile.json'), '\u0000\u0000');
    const { call, s } = await open(dataDir);
    expect((await call<{ profiles: { id: string; name: string; hasPin: boolean }[] }>('profiles:list')).profiles).toMatchObject([
      { id, name: '李明', hasPin: true },
    ]);
    await expect(call('profiles:open', { id })).rejects.toThrow(/FORBIDDEN/);
    expect(s.notices.join('')).toMatch(/已从 .* 的备份中找回/);
    await call('profiles:open', { id, pin: '2468' });
  });

  it('nothing to recover from: the learner comes back locked, never open to classmates, and the start screen says so', async () => {
    const { dataDir, id } = await pinLearner();
    const { rmSync } = await import('node:fs');
    rmSync(join(dataDir, 'backups'), { recursive: true, force: true });
    writeFileSync(join(dataDir, 'profiles.json'), '{ broken');
    writeFileSync(join(dataDir, 'learners', id, 'profile.json'), '{ broken');
    const { call, s } = await open(dataDir, T0 + 60_000);
    const listed = (await call<{ profiles: { id: string; hasPin: boolean }[] }>('profiles:list')).profiles;
    expect(listed).toMatchObject([{ id, hasPin: true }]);
    await expect(call('profiles:open', { id, pin: '2468' })).rejects.toThrow(/FORBIDDEN/);
    expect(s.learnerId).toBeNull();
    expect(s.notices.join('')).toMatch(/已把 TA 作为.*锁定/);
    // The administrator PIN that existed before can unlock it.
    expect(await call('profiles:resetPin', { id, adminPin: '97531' })).toMatchObject({ id, hasPin: false });
  });

  it('a damaged machine.json gets its administrator PIN back from its copy', async () => {
    const { dataDir } = await pinLearner();
    writeFileSync(join(dataDir, 'machine.json'), 'garbage');
    const { s } = await open(dataDir);
    expect(s.machine.get().adminPin).not.toBeNull();
    expect(s.machine.notice).toMatch(/备份恢复|副本/);
  });
});

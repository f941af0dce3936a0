import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '@shared/ipc/contract/sync';
import { BackendError, type Backend } from '../backend/backend';
import type { SubjectOverview } from '@shared/ipc/contract';
import { Router } from '../app/router.svelte';
import { SyncState } from './syncState.svelte';

const off: SyncStatus = {
  connected: false,
  centreUrl: null,
  className: null,
  learnerName: null,
  personalCode: null,
  state: 'off',
  pending: 0,
  lastSyncAt: null,
  message: null,
  assignments: [],
};
const on = (over: Partial<SyncStatus>): SyncStatus => ({ ...off, connected: true, centreUrl: 'http://c', state: 'synced', ...over });

function fakeBackend(status: SyncStatus, connect?: () => Promise<SyncStatus>) {
  const calls: unknown[] = [];
  const backend = {
    'sync:status': () => Promise.resolve(status),
    'sync:connect': (a: unknown) => (calls.push(a), connect ? connect() : Promise.resolve(on({}))),
    'sync:now': () => Promise.resolve(status),
    'sync:disconnect': () => Promise.resolve(off),
  } as unknown as Backend;
  return { backend, calls };
}

describe('SyncState', () => {
  it('shows no header badge until connected, then 已同步 / 等待同步 (N)', async () => {
    const s = new SyncState(fakeBackend(off).backend);
    await s.refresh();
    expect(s.badge).toBeNull();
    const p = new SyncState(fakeBackend(on({ state: 'pending', pending: 7 })).backend);
    await p.refresh();
    expect(p.badge).toBe('等待同步（7）');
    const o = new SyncState(fakeBackend(on({ state: 'offline', pending: 2 })).backend);
    await o.refresh();
    expect(o.badge).toBe('等待同步（2）· 未连上');
    const y = new SyncState(fakeBackend(on({})).backend);
    await y.refresh();
    expect(y.badge).toBe('已同步');
  });

  it('does not connect without the consent tick, and sends the 个人码 only when typed', async () => {
    const { backend, calls } = fakeBackend(off);
    const s = new SyncState(backend);
    expect(await s.connect({ centreUrl: 'c', code: 'ABCDEF', learnerName: '王芳', personalCode: '', consent: false })).toBe(false);
    expect(s.message?.text).toContain('请先勾选同意');
    expect(calls).toEqual([]);
    expect(await s.connect({ centreUrl: 'c', code: 'ABCDEF', learnerName: '王芳', personalCode: ' ', consent: true })).toBe(true);
    expect(calls).toEqual([{ centreUrl: 'c', code: 'ABCDEF', learnerName: '王芳', consent: true }]);
  });

  it('shows the main process’s message when connecting is refused', async () => {
    const s = new SyncState(fakeBackend(off, () => Promise.reject(new BackendError('REFUSED', '没有这个班级码，请向老师核对。'))).backend);
    expect(await s.connect({ centreUrl: 'c', code: 'ABCDEF', learnerName: '王芳', personalCode: '', consent: true })).toBe(false);
    expect(s.message).toEqual({ ok: false, text: '没有这个班级码，请向老师核对。' });
  });

  it('starts an assignment: a practice one opens its chapter, a mock one starts a paper of its subject; an unknown chapter says so', async () => {
    const overview = [{ id: 'jc', chapters: [{ id: 'jc-06' }] }] as unknown as SubjectOverview[];
    const started: unknown[] = [];
    const backend = {
      ...fakeBackend(on({})).backend,
      'exam:start': (a: unknown) => (started.push(a), Promise.resolve({ id: 'paper-1' })),
    } as unknown as Backend;
    const router = new Router();
    const s = new SyncState(backend, { router, overview: () => overview });
    const a = { id: 1, kind: 'practice' as const, title: '第六章练习', target: 'jc-06', dueDay: '2026-03-15', done: false };
    await s.startAssignment(a);
    expect(router.screen).toMatchObject({ name: 'practice', source: { kind: 'chapter', subject: 'jc', chapter: 'jc-06' } });
    await s.startAssignment({ ...a, target: 'sw-99' });
    expect(s.message).toEqual({ ok: false, text: expect.stringContaining('没有这次作业的章节（sw-99）') });
    expect(router.screen.name).toBe('practice');
    await s.startAssignment({ ...a, kind: 'mock', target: 'jc' });
    expect(started).toEqual([{ subject: 'jc' }]);
    expect(router.screen).toEqual({ name: 'exam', id: 'paper-1' });
    await s.startAssignment({ ...a, kind: 'mock', target: 'xx' });
    expect(s.message?.text).toContain('没有这次作业的科目（xx）');
    expect(started).toHaveLength(1);
  });
});

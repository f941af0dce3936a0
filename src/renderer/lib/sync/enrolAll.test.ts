import { describe, expect, it } from 'vitest';
import type { EnrolAllResult } from '@shared/ipc/contract/sync';
import { BackendError, type Backend } from '../backend/backend';
import { EnrolAllState } from './enrolAll.svelte';

function fakeBackend(answer: () => Promise<EnrolAllResult>) {
  const calls: unknown[] = [];
  const backend = { 'sync:enrolAll': (a: unknown) => (calls.push(a), answer()) } as unknown as Backend;
  return { backend, calls };
}

const result: EnrolAllResult = {
  className: '机房班',
  results: [
    { profileId: 'a', name: '王一', outcome: 'connected', message: null, needsPersonalCode: false },
    { profileId: 'b', name: '李二', outcome: 'failed', message: '班里已经有同名的学员。', needsPersonalCode: true },
    { profileId: 'c', name: '赵三', outcome: 'already', message: null, needsPersonalCode: false },
  ],
};

describe('EnrolAllState', () => {
  it('asks nothing of main until the administrator ticks the consent box', async () => {
    const { backend, calls } = fakeBackend(() => Promise.resolve(result));
    const s = new EnrolAllState(backend);
    expect(await s.connect({ centreUrl: 'http://c', code: 'ABCDEF', consent: false }, '2468')).toBe(false);
    expect(s.error).toContain('请先确认已经得到每位学员的同意');
    expect(calls).toEqual([]);
  });

  it('sends the door’s password (none while the PC has none) and keeps each learner’s outcome', async () => {
    const { backend, calls } = fakeBackend(() => Promise.resolve(result));
    const s = new EnrolAllState(backend);
    expect(await s.connect({ centreUrl: 'http://c', code: 'ABCDEF', consent: true }, '2468')).toBe(true);
    expect(await s.connect({ centreUrl: 'http://c', code: 'ABCDEF', consent: true }, '')).toBe(true);
    expect(calls).toEqual([
      { centreUrl: 'http://c', code: 'ABCDEF', consent: true, adminPin: '2468' },
      { centreUrl: 'http://c', code: 'ABCDEF', consent: true },
    ]);
    expect(s.error).toBeNull();
    expect(s.result?.results.map((r) => r.outcome)).toEqual(['connected', 'failed', 'already']);
    expect(s.summary).toBe('已为班级“机房班”连接 1 位学员，1 位学员没有连接（原因见下）。');
  });

  it('says so when nobody needed connecting, and shows main’s refusal as it is', async () => {
    const none = new EnrolAllState(fakeBackend(() => Promise.resolve({ className: null, results: [] })).backend);
    await none.connect({ centreUrl: 'http://c', code: 'ABCDEF', consent: true }, '2468');
    expect(none.summary).toContain('本机没有需要连接的学员');
    const nobodyCovered = new EnrolAllState(
      fakeBackend(() =>
        Promise.resolve({
          className: null,
          results: [{ profileId: 'a', name: '陈早', outcome: 'failed', message: '请学员本人连接。', needsPersonalCode: false }],
        }),
      ).backend,
    );
    await nobodyCovered.connect({ centreUrl: 'http://c', code: 'ABCDEF', consent: true }, '2468');
    expect(nobodyCovered.summary).toBe('1 位学员没有连接（原因见下）。');
    const refused = new EnrolAllState(
      fakeBackend(() => Promise.reject(new BackendError('REFUSED', '没有这个班级码，请向老师核对。'))).backend,
    );
    expect(await refused.connect({ centreUrl: 'http://c', code: 'ZZZZZZ', consent: true }, '2468')).toBe(false);
    expect(refused.error).toBe('没有这个班级码，请向老师核对。');
    expect(refused.result).toBeNull();
    expect(refused.busy).toBe(false);
  });

  it('runs the step again with the 个人码 typed for the learners refused for their name, with the form given before', async () => {
    const answers = [
      result,
      { className: '机房班', results: [{ ...result.results[1]!, outcome: 'connected' as const, message: null, needsPersonalCode: false }] },
    ];
    const { backend, calls } = fakeBackend(() => Promise.resolve(answers.shift()!));
    const s = new EnrolAllState(backend);
    await s.connect({ centreUrl: 'http://c', code: 'ABCDEF', consent: true }, '2468');
    expect(s.needingCode.map((r) => r.name)).toEqual(['李二']);
    // Nothing typed: not sent.
    expect(await s.connectWithCodes({ b: '  ' }, '2468')).toBe(false);
    expect(s.error).toBe('请至少为一位学员填写个人码。');
    expect(calls).toHaveLength(1);
    expect(await s.connectWithCodes({ b: 'K7M2P9QX', a: '' }, '2468')).toBe(true);
    expect(calls[1]).toEqual({ centreUrl: 'http://c', code: 'ABCDEF', consent: true, adminPin: '2468', personalCodes: { b: 'K7M2P9QX' } });
    expect(s.needingCode).toEqual([]);
    expect(s.summary).toBe('已为班级“机房班”连接 1 位学员。');
  });

  it('a refused retry keeps the list and its 个人码 fields, with main’s message', async () => {
    let n = 0;
    const { backend } = fakeBackend(() =>
      n++ === 0 ? Promise.resolve(result) : Promise.reject(new BackendError('REFUSED', '连不上培训机构。')),
    );
    const s = new EnrolAllState(backend);
    await s.connect({ centreUrl: 'http://c', code: 'ABCDEF', consent: true }, '2468');
    expect(await s.connectWithCodes({ b: 'K7M2P9QX' }, '2468')).toBe(false);
    expect(s.error).toBe('连不上培训机构。');
    expect(s.needingCode.map((r) => r.name)).toEqual(['李二']);
  });
});

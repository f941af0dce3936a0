import { openForTesting } from '../../../test/support/openForTesting';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '@shared/ipc/contract';
import { AppError } from '@shared/errors';
import { createHandlers } from './createHandlers';

import { createDispatcher } from './dispatch';
import type { Handlers } from './handlers';

async function realHandlers() {
  return createHandlers((await openForTesting({ now: 1_000 })).services);
}

describe('createHandlers', () => {
  it('has a handler for every contract channel and nothing else', async () => {
    const handlers = await realHandlers();
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
    for (const c of CHANNELS) expect(typeof handlers[c]).toBe('function');
  });
});

describe('dispatcher', () => {
  function fakeHandlers(overrides: Partial<Handlers>): Handlers {
    const h = Object.fromEntries(CHANNELS.map((c) => [c, vi.fn()])) as unknown as Handlers;
    return { ...h, ...overrides };
  }

  it('answers an unknown channel with BAD_REQUEST and logs it', async () => {
    const log = vi.fn();
    const r = await createDispatcher(fakeHandlers({}), log)('fs:delete', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(log).toHaveBeenCalled();
  });

  it.each([
    ['practice:answer', { questionId: 'x', choice: ['Z'], responseMs: 1 }],
    ['practice:answer', { questionId: 'x', choice: ['A'], responseMs: -5 }],
    ['practice:answer', 'not an object'],
    ['practice:start', { subject: 'xx', chapter: 'a' }],
    ['settings:update', { level: 'senior' }],
    ['settings:update', { fontStep: 99 }],
    ['settings:update', { sneaky: true }],
    ['catalog:overview', null],
  ])('rejects malformed %s payload %j without calling the handler', async (channel, payload) => {
    const handler = vi.fn();
    const log = vi.fn();
    const dispatch = createDispatcher(fakeHandlers({ [channel]: handler }), log);
    const r = await dispatch(channel, payload);
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(r.ok || r.error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(handler).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  it('turns an AppError into its code and message', async () => {
    const dispatch = createDispatcher(
      fakeHandlers({
        'settings:get': () => {
          throw new AppError('STORAGE_READ', '读不到');
        },
      }),
      () => {},
    );
    expect(await dispatch('settings:get', undefined)).toEqual({ ok: false, error: { code: 'STORAGE_READ', message: '读不到' } });
  });

  it('turns an unexpected crash into INTERNAL with a Chinese message', async () => {
    const dispatch = createDispatcher(
      fakeHandlers({
        'settings:get': () => {
          throw new TypeError('boom');
        },
      }),
      () => {},
    );
    const r = await dispatch('settings:get', undefined);
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('passes parsed arguments to the handler and wraps its value', async () => {
    const dispatch = createDispatcher(await realHandlers(), () => {});
    const r = await dispatch('settings:update', { level: 'junior' });
    expect(r).toEqual({
      ok: true,
      value: {
        level: 'junior',
        examDate: null,
        fontStep: 0,
        examFontStep: 1,
        desiredRetention: 0.9,
        mistakesExitStreak: 2,
        dailyNewOverride: null,
        passLine: 60,
        theme: 'system',
        passes: {},
        includePassed: false,
        practiceMode: 'instant',
        batchSize: 20,
        autoNextSingle: false,
        autoNextWhenRight: false,
        caseMode: 'typed',
        caseMinutes: 25,
        guideDone: false,
      },
    });
  });
});

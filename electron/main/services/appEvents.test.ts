import { describe, expect, it } from 'vitest';
import type { AppEvent } from '@shared/ipc/events';
import { AppEvents } from './appEvents';

describe('AppEvents', () => {
  it('delivers each event to every listener until it stops listening', () => {
    const events = new AppEvents();
    const a: AppEvent[] = [];
    const b: AppEvent[] = [];
    const stopA = events.on((e) => a.push(e));
    events.on((e) => b.push(e));
    events.emit('bank:reloaded', { items: 3 });
    stopA();
    events.emit('storage:changed', { problem: false });
    expect(a).toEqual([{ name: 'bank:reloaded', payload: { items: 3 } }]);
    expect(b).toEqual([
      { name: 'bank:reloaded', payload: { items: 3 } },
      { name: 'storage:changed', payload: { problem: false } },
    ]);
    expect(events.listenerCount).toBe(1);
  });

  it('a failing listener is logged and the others still get the event', () => {
    const logged: string[] = [];
    const events = new AppEvents((m) => logged.push(m));
    const got: AppEvent[] = [];
    events.on(() => {
      throw new Error('window closed');
    });
    events.on((e) => got.push(e));
    events.emit('storage:changed', { problem: true });
    expect(got).toHaveLength(1);
    expect(logged).toEqual([expect.stringContaining('window closed')]);
  });

  it('refuses a payload that does not fit the shared schema', () => {
    expect(() => new AppEvents().emit('bank:reloaded', { items: -2 })).toThrow();
  });
});

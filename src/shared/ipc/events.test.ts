import { describe, expect, it } from 'vitest';
import { parseEvent } from './events';

describe('parseEvent', () => {
  it('accepts a known event with a payload that fits its schema', () => {
    expect(parseEvent({ name: 'storage:changed', payload: { problem: true } })).toEqual({
      name: 'storage:changed',
      payload: { problem: true },
    });
    expect(parseEvent({ name: 'bank:reloaded', payload: { items: 12 } })).toEqual({ name: 'bank:reloaded', payload: { items: 12 } });
  });

  it('drops anything else: unknown names, inherited names, bad payloads, non-objects', () => {
    expect(parseEvent({ name: 'app:status', payload: {} })).toBeNull();
    expect(parseEvent({ name: 'toString', payload: {} })).toBeNull();
    expect(parseEvent({ name: 'bank:reloaded', payload: { items: -1 } })).toBeNull();
    expect(parseEvent({ name: 'storage:changed' })).toBeNull();
    expect(parseEvent('storage:changed')).toBeNull();
    expect(parseEvent(null)).toBeNull();
  });
});

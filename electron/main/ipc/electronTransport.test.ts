import { describe, expect, it } from 'vitest';
import { EVENT_CHANNEL } from '@shared/ipc/events';
import { AppEvents } from '../services/appEvents';
import { forwardEvents, type EventTarget } from './electronTransport';

function fakeWindow(url: string) {
  const sent: { channel: string; message: unknown }[] = [];
  let destroyed = false;
  const target: EventTarget = {
    isDestroyed: () => destroyed,
    getURL: () => url,
    send: (channel, message) => void sent.push({ channel, message }),
  };
  return { target, sent, destroy: () => (destroyed = true), go: (next: string) => (url = next) };
}

describe('forwardEvents', () => {
  const trusted = (u: string) => u.startsWith('file:///app/');

  it('sends each event to the window on the event channel while it shows our page', () => {
    const events = new AppEvents();
    const win = fakeWindow('file:///app/out/renderer/index.html');
    forwardEvents(events, win.target, trusted);
    events.emit('bank:reloaded', { items: 4 });
    win.go('https://example.com/');
    events.emit('storage:changed', { problem: true });
    expect(win.sent).toEqual([{ channel: EVENT_CHANNEL, message: { name: 'bank:reloaded', payload: { items: 4 } } }]);
  });

  it('stops listening once the window is gone', () => {
    const events = new AppEvents();
    const win = fakeWindow('file:///app/out/renderer/index.html');
    forwardEvents(events, win.target, trusted);
    win.destroy();
    events.emit('storage:changed', { problem: false });
    expect(win.sent).toEqual([]);
    expect(events.listenerCount).toBe(0);
  });
});

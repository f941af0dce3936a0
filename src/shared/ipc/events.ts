import { z } from 'zod';

/**
 * Push events from main to the renderer: each says that something changed underneath, so the renderer re-fetches
 * (they carry no object graphs). Electron delivers them with webContents.send on EVENT_CHANNEL, the browser runtime
 * as Server-Sent Events on EVENTS_PATH; the renderer checks every one with these schemas.
 */
export const EVENTS = {
  /** The records' health changed (a write waits for the disk, or it was saved at last), or they were replaced (a restore). */
  'storage:changed': z.object({ problem: z.boolean() }),
  /** The question banks were read again (the centre folder was changed or reloaded): counts and problems may differ. */
  'bank:reloaded': z.object({ items: z.number().int().nonnegative() }),
} as const;

export type EventName = keyof typeof EVENTS;
export type EventPayload<E extends EventName> = z.infer<(typeof EVENTS)[E]>;
export type AppEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];

export const EVENT_NAMES = Object.keys(EVENTS) as EventName[];

/** The one Electron channel events travel on (main → renderer only; no handler answers on it). */
export const EVENT_CHANNEL = 'sgl:event';
/** The browser runtime's event stream, on the same origin (CSP connect-src 'self'). */
export const EVENTS_PATH = '/events';

/** A message from a transport as a checked event, or null when it is not one (then it is dropped). */
export function parseEvent(message: unknown): AppEvent | null {
  if (typeof message !== 'object' || message === null) return null;
  const { name, payload } = message as { name?: unknown; payload?: unknown };
  if (typeof name !== 'string' || !Object.hasOwn(EVENTS, name)) return null;
  const parsed = EVENTS[name as EventName].safeParse(payload);
  return parsed.success ? ({ name, payload: parsed.data } as AppEvent) : null;
}

import { EVENTS, type AppEvent, type EventName, type EventPayload } from '@shared/ipc/events';

export type EventListener = (event: AppEvent) => void;

/** Main's push events: services emit, each transport (Electron window, browser runtime's stream) listens. */
export class AppEvents {
  readonly #listeners = new Set<EventListener>();

  constructor(private readonly log: (m: string) => void = () => {}) {}

  /** Sends `name` to every listener; the payload is checked against the shared schema first. */
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    const event = { name, payload: EVENTS[name].parse(payload) } as AppEvent;
    for (const listener of [...this.#listeners]) {
      try {
        listener(event);
      } catch (e) {
        // One broken transport (a closed window) must not keep the event from the others.
        this.log(`event ${name}: listener failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }

  /** Listens until the returned function is called. */
  on(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.#listeners.size;
  }
}

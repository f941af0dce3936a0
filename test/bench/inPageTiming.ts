/**
 * What `npm run bench:ui` measures in the page, for one action (a click on 提交, on an exam option): from the click
 * to the frame after the change is in the page ("painted": a rAF, then a message posted from it, which arrives once
 * that frame is out), how many frames that took (1 = the very next frame after the click), and the work inside the
 * click's own task (the click → the DOM holding the change, synchronously: the handler and Svelte's update).
 */
import type { Page } from '@playwright/test';

export interface ActionTiming {
  /** performance.now() at the click. */
  t0: number;
  /** The click → the frame with the change painted. */
  ms: number;
  /** Frames begun after the click up to and including the one that holds the change (1 = the next frame). */
  frames: number;
  /** The click → the change in the DOM (a mutation observer sees it at the end of the click's microtasks). */
  inTaskMs: number;
  /** The click → the handler returned (before Svelte's update, which runs in the click task's microtasks). */
  handlerMs: number;
  /** The longest task the page ran between the click and the painted frame (0 when none was a long task, ≥ 50 ms). */
  longTaskMs: number;
}

// In-page code is sent as text: tsx's compiled functions reference a helper (__name) the page does not have.
/** In the page: runs `act` (a statement), then resolves once the frame after `done` (an expression) first holds. */
export async function timeInPage(page: Page, act: string, done: string): Promise<ActionTiming> {
  return page.evaluate(`new Promise((resolve) => {
    let frames = 0;
    let counting = true;
    const count = () => { if (!counting) return; frames++; requestAnimationFrame(count); };
    let longTaskMs = 0;
    const longTasks = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('longtask')
      ? new PerformanceObserver((list) => { for (const e of list.getEntries()) longTaskMs = Math.max(longTaskMs, e.duration); })
      : null;
    longTasks?.observe({ type: 'longtask' });
    let inTaskMs = -1;
    const painted = () => requestAnimationFrame(() => {
      const framesThen = frames;
      counting = false;
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        longTasks?.takeRecords().forEach((e) => (longTaskMs = Math.max(longTaskMs, e.duration)));
        longTasks?.disconnect();
        resolve({ t0, ms: performance.now() - t0, frames: framesThen, inTaskMs, handlerMs, longTaskMs });
      };
      ch.port2.postMessage(0);
    });
    const obs = new MutationObserver(() => {
      if (${done}) { obs.disconnect(); inTaskMs = performance.now() - t0; painted(); }
    });
    obs.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    // The frame counter's callback is registered before the click, so the next frame counts as 1 and the rAF in
    // painted(), registered later, runs in the same frame after it.
    requestAnimationFrame(count);
    const t0 = performance.now();
    ${act};
    const handlerMs = performance.now() - t0;
  })`);
}

/** The page's resource timing of the last API call on `channel` that started after `t0`. */
export async function apiTiming(page: Page, channel: string, t0: number): Promise<{ start: number; end: number } | null> {
  return page.evaluate(`(() => {
    const e = performance.getEntriesByType('resource')
      .filter((r) => r.name.includes('/api/' + encodeURIComponent(${JSON.stringify(channel)})) && r.startTime >= ${t0})
      .pop();
    return e ? { start: e.startTime - ${t0}, end: e.responseEnd - ${t0} } : null;
  })()`);
}

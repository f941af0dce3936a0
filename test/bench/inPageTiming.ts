/**
 * What `npm run bench:ui` measures in the page, for one action (a click on 提交, on an exam option): from the click
 * to the frame after the change is in the page ("painted": a rAF, then a message posted from it, which arrives once
 * that frame is out), how many frames that took (1 = the very next frame after the click), and the work inside the
 * click's own task (the click → the DOM holding the change, synchronously: the handler and Svelte's update).
 */
import type { Page } from '@playwright/test';

/** One frame at 60 Hz (Chromium's headless frame rate here: median rAF interval 16.70 ms). */
export const FRAME_MS = 1000 / 60;

export interface ActionTiming {
  /** performance.now() at the click. */
  t0: number;
  /** The click → the frame with the change painted. */
  ms: number;
  /**
   * Frames from the click to the one that holds the change, counted on the display's 60 Hz beat (1 = the very next
   * frame): the painted frame's begin time (its rAF timestamp) less the click, in whole frame intervals, at least 1.
   * A frame that had begun just before the click but drew after it counts as the next one.
   */
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
export async function timeInPage(page: Page, act: string, done: string, phaseMs?: number): Promise<ActionTiming> {
  return page.evaluate(`new Promise((resolve) => {
  const measure = () => {
    // The resource timing buffer holds 250 entries by default: only this action's requests are wanted (apiTiming).
    performance.clearResourceTimings();
    let longTaskMs = 0;
    const longTasks = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('longtask')
      ? new PerformanceObserver((list) => { for (const e of list.getEntries()) longTaskMs = Math.max(longTaskMs, e.duration); })
      : null;
    longTasks?.observe({ type: 'longtask' });
    let inTaskMs = -1;
    const painted = () => requestAnimationFrame((frameTime) => {
      const frames = Math.max(1, Math.ceil((frameTime - t0) / ${FRAME_MS}));
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        longTasks?.takeRecords().forEach((e) => (longTaskMs = Math.max(longTaskMs, e.duration)));
        longTasks?.disconnect();
        resolve({ t0, ms: performance.now() - t0, frames, inTaskMs, handlerMs, longTaskMs });
      };
      ch.port2.postMessage(0);
    });
    const obs = new MutationObserver(() => {
      if (${done}) { obs.disconnect(); inTaskMs = performance.now() - t0; painted(); }
    });
    obs.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    const t0 = performance.now();
    ${act};
    const handlerMs = performance.now() - t0;
  };
  const phase = ${phaseMs === undefined ? 'null' : String(phaseMs)};
  if (phase === null) measure();
  // At a chosen point of the frame: once a frame has begun and been drawn, wait until \`phase\` ms after its start.
  else requestAnimationFrame((frameStart) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      const until = frameStart + phase;
      while (performance.now() < until);
      measure();
    };
    ch.port2.postMessage(0);
  });
  })`);
}

/**
 * Where in the display's 16.7 ms frame the `n`th click lands: spread evenly over the frame (a golden-ratio sequence)
 * and the same for every action measured at step `n`, as a person's clicks fall anywhere in the frame. Without it a
 * scripted click lands where the script's own previous step left it, which moves the figures by several ms.
 */
export function clickPhaseMs(n: number): number {
  return Math.round(((n * 0.6180339887) % 1) * FRAME_MS * 100) / 100;
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

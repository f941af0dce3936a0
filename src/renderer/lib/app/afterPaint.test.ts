// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AFTER_PAINT_FALLBACK_MS, afterPaint } from './afterPaint';

describe('afterPaint', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('runs after the next animation frame, in a later task, once', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    const ran: string[] = [];
    afterPaint(() => ran.push('after'));
    await new Promise((r) => setTimeout(r, 5));
    expect(ran).toEqual([]); // no frame yet
    frames.shift()!(0);
    expect(ran).toEqual([]); // not inside the frame's own callback
    await new Promise((r) => setTimeout(r, 0));
    expect(ran).toEqual(['after']);
    await new Promise((r) => setTimeout(r, AFTER_PAINT_FALLBACK_MS + 20));
    expect(ran).toEqual(['after']); // the fallback does not run it again
  });

  it('still runs when no frame comes (a hidden window), and not at all once cancelled', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 1);
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const ran: string[] = [];
    afterPaint(() => ran.push('late'));
    const cancel = afterPaint(() => ran.push('cancelled'));
    cancel();
    await new Promise((r) => setTimeout(r, AFTER_PAINT_FALLBACK_MS + 20));
    expect(ran).toEqual(['late']);
  });

  it('without frames at all (no requestAnimationFrame) runs in the next task', async () => {
    vi.stubGlobal('requestAnimationFrame', undefined);
    const ran: string[] = [];
    afterPaint(() => ran.push('next task'));
    expect(ran).toEqual([]);
    await new Promise((r) => setTimeout(r, 0));
    expect(ran).toEqual(['next task']);
  });
});

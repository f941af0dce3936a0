import { afterEach, describe, expect, it, vi } from 'vitest';
import { inFrame } from './inFrame';

describe('inFrame', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('runs the function in the next animation frame, not before', () => {
    const callbacks: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => callbacks.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const fn = vi.fn();
    inFrame(fn);
    expect(fn).not.toHaveBeenCalled();
    callbacks[0]!(0);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('cancels the frame it asked for', () => {
    vi.stubGlobal('requestAnimationFrame', () => 7);
    const cancel = vi.fn();
    vi.stubGlobal('cancelAnimationFrame', cancel);
    inFrame(() => {})();
    expect(cancel).toHaveBeenCalledWith(7);
  });

  it('runs at once without requestAnimationFrame', () => {
    vi.stubGlobal('requestAnimationFrame', undefined);
    const fn = vi.fn();
    inFrame(fn);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

/** A hidden window draws no frames: past this, `afterPaint` runs its function anyway. */
export const AFTER_PAINT_FALLBACK_MS = 250;

/**
 * Runs `fn` once the next frame is on screen (issue 14): a requestAnimationFrame callback runs just before the frame
 * is drawn, and a task posted from it runs after. What must be seen at once (the verdict) is drawn in that frame
 * without waiting for `fn`'s work (the 解析). A window that draws no frames (hidden) still gets `fn` after
 * AFTER_PAINT_FALLBACK_MS; without requestAnimationFrame at all (Node), `fn` runs in the next task. Returns a function
 * that cancels it.
 */
export function afterPaint(fn: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    fn();
  };
  const frames = typeof requestAnimationFrame === 'function';
  // Where nothing draws frames at all (Node), there is no frame to wait for: the next task.
  const fallback = setTimeout(run, frames ? AFTER_PAINT_FALLBACK_MS : 0);
  const frame = frames ? requestAnimationFrame(() => void setTimeout(run, 0)) : null;
  return () => {
    done = true;
    clearTimeout(fallback);
    if (frame !== null) cancelAnimationFrame(frame);
  };
}

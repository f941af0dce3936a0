/**
 * Runs `fn` in a requestAnimationFrame callback: in the coming frame, before its style and layout (issue 14). A
 * scroll done there (scrollIntoView) lays the page out once, as part of that frame, instead of forcing a synchronous
 * layout in the middle of Svelte's flush; what it brings into view is still on screen in that frame. Without
 * requestAnimationFrame `fn` runs at once. Returns a function that cancels it.
 */
export function inFrame(fn: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    fn();
    return () => {};
  }
  const frame = requestAnimationFrame(() => fn());
  return () => cancelAnimationFrame(frame);
}

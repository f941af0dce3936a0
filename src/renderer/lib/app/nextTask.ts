/**
 * Resolves in a task of its own, posted now (issue 14). Work started from it runs in the slack before the next frame
 * when there is some, and right after that frame when the click came late in it (Chromium draws a frame that is due
 * before tasks posted behind input), so it never holds back what the click changed on screen. A MessageChannel
 * message, not setTimeout, which nested timers clamp to 4 ms.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

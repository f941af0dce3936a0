/**
 * Resolves in a task of its own, posted now (issue 14): work started from it is out of the click's task, so the DOM
 * change the click made is done first and the frame that draws it can begin as soon as it is due. A MessageChannel
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

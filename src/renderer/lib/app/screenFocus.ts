/**
 * After a screen change: back to the top of the page, and the keyboard focus (and a screen reader) on the new
 * screen's heading, or on the main area when the screen has none yet.
 */
export function focusNewScreen(main: HTMLElement, win: Pick<Window, 'scrollTo'> = window): HTMLElement {
  win.scrollTo(0, 0);
  main.scrollTop = 0;
  const target = main.querySelector<HTMLElement>('h1') ?? main;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  return target;
}

import { expect, type Locator, type Page } from '@playwright/test';

type MouseLog = { __mouse: string[] };

/** From here on every mouse press is recorded; `expectNoMouse` fails if there was one. */
export async function watchMouse(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as MouseLog;
    w.__mouse = [];
    for (const type of ['mousedown', 'pointerdown'])
      window.addEventListener(type, (e) => w.__mouse.push(`${type} on ${(e.target as Element).outerHTML.slice(0, 80)}`), true);
  });
}

/** The mouse presses recorded since `watchMouse` (a page reload forgets them: watch again after one). */
export async function mousePresses(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as MouseLog).__mouse);
}

export async function expectNoMouse(page: Page): Promise<void> {
  expect(await mousePresses(page), 'mouse presses during a keyboard-only flow').toEqual([]);
}

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, backwards = false, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${target.toString()} with ${backwards ? 'Shift+' : ''}Tab in ${max} presses`);
}

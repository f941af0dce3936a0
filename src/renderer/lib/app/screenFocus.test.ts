// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { focusNewScreen } from './screenFocus';
import { LeaveConfirm } from './leaveConfirm.svelte';

describe('a screen change', () => {
  it('scrolls to the top and puts the focus on the new heading', () => {
    document.body.innerHTML = '<main><button>x</button><h1>学习报告</h1></main>';
    const main = document.querySelector('main')!;
    const scrolled: [number, number][] = [];
    const target = focusNewScreen(main, {
      scrollTo: ((x: number, y: number) => void scrolled.push([x, y])) as unknown as Window['scrollTo'],
    });
    expect(scrolled).toEqual([[0, 0]]);
    expect(target.textContent).toBe('学习报告');
    expect(document.activeElement).toBe(target);
    expect(target.getAttribute('tabindex')).toBe('-1');
  });

  it('focuses the main area while the screen has no heading yet', () => {
    document.body.innerHTML = '<main><p>…</p></main>';
    const main = document.querySelector('main')!;
    expect(focusNewScreen(main, { scrollTo: () => {} })).toBe(main);
    expect(document.activeElement).toBe(main);
  });
});

describe('LeaveConfirm', () => {
  it('asks once and gives the answer to every asker', async () => {
    const c = new LeaveConfirm();
    const a = c.ask();
    const b = c.ask();
    flushSync();
    expect(c.open).toBe(true);
    c.answer(false);
    expect(await a).toBe(false);
    expect(await b).toBe(false);
    expect(c.open).toBe(false);
    const again = c.ask();
    c.answer(true);
    expect(await again).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { resolveTheme, Theme, type DarkQuery } from './theme.svelte';

function fakeQuery(matches: boolean) {
  let listener: ((e: { matches: boolean }) => void) | null = null;
  const q: DarkQuery = {
    matches,
    addEventListener: (_t, l) => (listener = l),
  };
  return { q, flip: (m: boolean) => listener?.({ matches: m }) };
}

describe('theme', () => {
  it('跟随系统 follows the system; 白天 / 夜间 fix it', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('writes the resolved theme to the root and follows a system change while on 跟随系统', () => {
    const { q, flip } = fakeQuery(false);
    const root = { dataset: {} as DOMStringMap };
    const t = new Theme(q, root);
    expect(root.dataset['theme']).toBe('light');
    flip(true);
    expect(t.resolved).toBe('dark');
    expect(root.dataset['theme']).toBe('dark');
    t.choose('light');
    expect(root.dataset['theme']).toBe('light');
    flip(false);
    t.choose('dark');
    expect(root.dataset['theme']).toBe('dark');
    t.choose('system');
    expect(root.dataset['theme']).toBe('light');
  });

  it('works without a page', () => {
    const t = new Theme(null, null);
    t.choose('dark');
    expect(t.resolved).toBe('dark');
  });
});

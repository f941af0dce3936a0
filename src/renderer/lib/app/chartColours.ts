import { cssColour, type ResolvedTheme } from './theme.svelte';

/** Chart colours from the page's CSS custom properties; `theme` is passed so a redraw depends on it. */
export function chartColours(theme: ResolvedTheme): { primary: string; bad: string; text: string; grid: string } {
  const dark = theme === 'dark';
  return {
    primary: cssColour('--primary', dark ? '#2560c4' : '#1f6feb'),
    bad: cssColour('--bad', dark ? '#ff8a80' : '#c62828'),
    text: cssColour('--muted', dark ? '#a7b0bd' : '#5b6575'),
    grid: cssColour('--line', dark ? '#3a434f' : '#d9dee5'),
  };
}

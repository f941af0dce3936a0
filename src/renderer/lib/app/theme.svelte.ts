import type { Settings } from '@shared/settings';

export type ThemeChoice = Settings['theme'];
export type ResolvedTheme = 'light' | 'dark';

/** 跟随系统 takes the system's dark-mode setting; 白天 / 夜间 fix it. */
export function resolveTheme(choice: ThemeChoice, systemDark: boolean): ResolvedTheme {
  return choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
}

/** What Theme needs of `matchMedia('(prefers-color-scheme: dark)')`. */
export interface DarkQuery {
  readonly matches: boolean;
  addEventListener(type: 'change', listener: (e: { matches: boolean }) => void): void;
}

/**
 * The page's colour theme: the learner's choice and the system's dark mode, written to `<html data-theme>` (the
 * colours are CSS custom properties in styles.css, switched by that attribute). Charts read `resolved` to redraw.
 */
export class Theme {
  #choice = $state<ThemeChoice>('system');
  #systemDark = $state(false);
  readonly #root: { dataset: DOMStringMap } | null;

  constructor(query: DarkQuery | null, root: { dataset: DOMStringMap } | null) {
    this.#root = root;
    this.#systemDark = query?.matches ?? false;
    query?.addEventListener('change', (e) => {
      this.#systemDark = e.matches;
      this.#apply();
    });
    this.#apply();
  }

  get choice(): ThemeChoice {
    return this.#choice;
  }
  get resolved(): ResolvedTheme {
    return resolveTheme(this.#choice, this.#systemDark);
  }

  choose(choice: ThemeChoice): void {
    this.#choice = choice;
    this.#apply();
  }

  #apply(): void {
    if (this.#root) this.#root.dataset['theme'] = this.resolved;
  }
}

/** The theme over the real page, or a detached one where there is no page (state tests in Node). */
export function pageTheme(): Theme {
  const hasPage = typeof document !== 'undefined' && typeof matchMedia === 'function';
  return new Theme(hasPage ? matchMedia('(prefers-color-scheme: dark)') : null, hasPage ? document.documentElement : null);
}

/** A colour from the page's CSS custom properties (for canvas charts, which cannot use var()). */
export function cssColour(name: string, fallback: string): string {
  if (typeof document === 'undefined') return fallback;
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

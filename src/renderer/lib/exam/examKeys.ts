import type { OptionKey } from '@shared/bank/schema';

const KEYS: readonly OptionKey[] = ['A', 'B', 'C', 'D', 'E'];

/** What a key press does on the exam screen (the component carries it out). */
export type ExamKeyAction =
  { kind: 'choose'; key: OptionKey } | { kind: 'move'; delta: 1 | -1 } | { kind: 'go'; delta: 1 | -1 } | { kind: 'mark' } | null;

export interface ExamKeyContext {
  /** Option keys of the current item (empty for a case item). */
  options: readonly string[];
  /** A modal dialog (交卷, 离开) is open: it handles its own keys. */
  dialogOpen: boolean;
  /** The key was typed into a text field (a case answer, a checkbox label): leave it to the field. */
  inField: boolean;
  /** Ctrl, Alt or Meta held (Ctrl + = / − is the text size). */
  modifier: boolean;
}

/**
 * The exam's keyboard, as in practice: 1–5 or A–E choose an option, ↑/↓ move between the options,
 * ←/→ go to the previous / next item, M marks it. Keys typed into a field or under a dialog do nothing here.
 */
export function examKeyAction(key: string, ctx: ExamKeyContext): ExamKeyAction {
  if (ctx.dialogOpen || ctx.modifier || ctx.inField) return null;
  if (key === 'ArrowLeft') return { kind: 'go', delta: -1 };
  if (key === 'ArrowRight') return { kind: 'go', delta: 1 };
  if (key === 'm' || key === 'M') return { kind: 'mark' };
  if (ctx.options.length === 0) return null;
  if (key === 'ArrowDown') return { kind: 'move', delta: 1 };
  if (key === 'ArrowUp') return { kind: 'move', delta: -1 };
  const k = /^[1-5]$/.test(key) ? KEYS[Number(key) - 1] : /^[a-eA-E]$/.test(key) ? (key.toUpperCase() as OptionKey) : undefined;
  return k && ctx.options.includes(k) ? { kind: 'choose', key: k } : null;
}

/**
 * The option to focus after ↑/↓: from the focused one (or, when none is focused, from the chosen one, else
 * before the first), wrapping round at either end as in a radio group.
 */
export function movedOption(count: number, focused: number, chosen: number, delta: 1 | -1): number {
  if (count <= 0) return -1;
  const from = focused >= 0 ? focused : chosen >= 0 ? chosen : delta > 0 ? -1 : count;
  return (((from + delta) % count) + count) % count;
}

/**
 * Tab inside a modal dialog: the element to focus next so the focus never leaves it (−1: let the browser do it).
 * `current` is the focused element's index among the dialog's focusable elements (−1 if outside them).
 */
export function trappedFocus(count: number, current: number, backwards: boolean): number {
  if (count <= 0) return -1;
  if (current < 0) return backwards ? count - 1 : 0;
  if (backwards && current === 0) return count - 1;
  if (!backwards && current === count - 1) return 0;
  return -1;
}

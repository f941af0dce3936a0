import { describe, expect, it } from 'vitest';
import { examKeyAction, movedOption, trappedFocus, type ExamKeyContext } from './examKeys';

const ctx = (o: Partial<ExamKeyContext> = {}): ExamKeyContext => ({
  options: ['A', 'B', 'C', 'D'],
  dialogOpen: false,
  inField: false,
  modifier: false,
  ...o,
});

describe('examKeyAction', () => {
  it('chooses by number or letter, as in practice, only among the options the item has', () => {
    expect(examKeyAction('1', ctx())).toEqual({ kind: 'choose', key: 'A' });
    expect(examKeyAction('4', ctx())).toEqual({ kind: 'choose', key: 'D' });
    expect(examKeyAction('c', ctx())).toEqual({ kind: 'choose', key: 'C' });
    expect(examKeyAction('B', ctx())).toEqual({ kind: 'choose', key: 'B' });
    expect(examKeyAction('5', ctx())).toBeNull();
    expect(examKeyAction('E', ctx())).toBeNull();
    expect(examKeyAction('5', ctx({ options: ['A', 'B', 'C', 'D', 'E'] }))).toEqual({ kind: 'choose', key: 'E' });
    expect(examKeyAction('6', ctx())).toBeNull();
    expect(examKeyAction('f', ctx())).toBeNull();
  });

  it('moves between options with ↑/↓ and between items with ←/→; M marks', () => {
    expect(examKeyAction('ArrowDown', ctx())).toEqual({ kind: 'move', delta: 1 });
    expect(examKeyAction('ArrowUp', ctx())).toEqual({ kind: 'move', delta: -1 });
    expect(examKeyAction('ArrowLeft', ctx())).toEqual({ kind: 'go', delta: -1 });
    expect(examKeyAction('ArrowRight', ctx())).toEqual({ kind: 'go', delta: 1 });
    expect(examKeyAction('m', ctx())).toEqual({ kind: 'mark' });
    expect(examKeyAction('M', ctx())).toEqual({ kind: 'mark' });
  });

  it('a case item (no options) still goes ←/→ and marks, but has nothing to choose', () => {
    expect(examKeyAction('1', ctx({ options: [] }))).toBeNull();
    expect(examKeyAction('ArrowDown', ctx({ options: [] }))).toBeNull();
    expect(examKeyAction('ArrowRight', ctx({ options: [] }))).toEqual({ kind: 'go', delta: 1 });
  });

  it('does nothing under a dialog, in a text field or with Ctrl/Alt/Meta', () => {
    for (const o of [{ dialogOpen: true }, { inField: true }, { modifier: true }]) {
      for (const key of ['1', 'A', 'ArrowDown', 'ArrowRight', 'm']) expect(examKeyAction(key, ctx(o))).toBeNull();
    }
  });
});

describe('movedOption', () => {
  it('moves from the focused option and wraps round', () => {
    expect(movedOption(4, 0, -1, 1)).toBe(1);
    expect(movedOption(4, 3, -1, 1)).toBe(0);
    expect(movedOption(4, 0, -1, -1)).toBe(3);
  });
  it('starts from the chosen option when none is focused, else at either end', () => {
    expect(movedOption(4, -1, 2, 1)).toBe(3);
    expect(movedOption(4, -1, -1, 1)).toBe(0);
    expect(movedOption(4, -1, -1, -1)).toBe(3);
    expect(movedOption(0, -1, -1, 1)).toBe(-1);
  });
});

describe('trappedFocus', () => {
  it('wraps Tab from the last to the first and Shift+Tab from the first to the last', () => {
    expect(trappedFocus(2, 1, false)).toBe(0);
    expect(trappedFocus(2, 0, true)).toBe(1);
  });
  it('leaves Tab inside the dialog to the browser and pulls a stray focus back in', () => {
    expect(trappedFocus(3, 0, false)).toBe(-1);
    expect(trappedFocus(3, 2, true)).toBe(-1);
    expect(trappedFocus(3, -1, false)).toBe(0);
    expect(trappedFocus(3, -1, true)).toBe(2);
    expect(trappedFocus(0, -1, false)).toBe(-1);
  });
});

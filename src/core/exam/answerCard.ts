/**
 * The printed answer card (答题卡) of a paper-form mock: which item number sits in which cell. Pure: plain numbers in,
 * plain grids out. The numbering order comes from the subject's blueprint data (`cardOrder`), because it is what
 * candidates report, not an official fact: 综合能力 cards run along the rows, 法规与政策 cards down the columns.
 */
import type { CardOrder } from '@shared/formats';

export interface CardSection {
  /** The section's item type (single / multiple), as on the paper. */
  type: 'single' | 'multiple';
  /** The paper numbers in this section, in paper order (1-based, continuing across sections). */
  numbers: number[];
  /** The card's rows of cells, top to bottom; each cell an item number, or null where the last column runs short. */
  rows: (number | null)[][];
}

/**
 * Lays a section's item numbers out in a grid of `columns` columns. `rows`: 1 2 3 / 4 5 6 …; `columns`: the first
 * column holds the first ⌈n / columns⌉ numbers top to bottom, then the next column, and so on.
 */
export function cardGrid(numbers: readonly number[], order: CardOrder, columns: number): (number | null)[][] {
  const cols = Math.max(1, Math.floor(columns));
  const n = numbers.length;
  if (n === 0) return [];
  const rowCount = Math.ceil(n / cols);
  const grid: (number | null)[][] = Array.from({ length: rowCount }, () => Array<number | null>(cols).fill(null));
  numbers.forEach((no, i) => {
    const [r, c] = order === 'rows' ? [Math.floor(i / cols), i % cols] : [i % rowCount, Math.floor(i / rowCount)];
    grid[r]![c] = no;
  });
  // A column layout may leave whole trailing columns empty (e.g. 7 numbers in 3 columns of 3): drop them.
  const used = Math.max(...grid.map((row) => row.reduce<number>((m, cell, c) => (cell === null ? m : c + 1), 0)));
  return grid.map((row) => row.slice(0, used));
}

/**
 * The answer card of a paper, one section per run of same-type items in paper order (一、单项选择题 then
 * 二、多项选择题), numbered continuously from 1 as on the printed paper.
 */
export function answerCard(types: readonly ('single' | 'multiple')[], order: CardOrder, columns: number): CardSection[] {
  const sections: CardSection[] = [];
  types.forEach((type, i) => {
    const last = sections.at(-1);
    if (last && last.type === type) last.numbers.push(i + 1);
    else sections.push({ type, numbers: [i + 1], rows: [] });
  });
  for (const s of sections) s.rows = cardGrid(s.numbers, order, columns);
  return sections;
}

/** Minutes left at which the paper form reminds the candidate to leave time for transferring answers to the card. */
export const TRANSFER_REMINDERS_MIN = [15, 5] as const;

/**
 * The transfer reminder due at `remainingMs`: the smallest threshold already reached (15, then 5 minutes left), or
 * null before the first one and once time is up.
 */
export function transferReminder(remainingMs: number): number | null {
  if (remainingMs <= 0) return null;
  let due: number | null = null;
  for (const m of TRANSFER_REMINDERS_MIN) if (remainingMs <= m * 60_000) due = due === null ? m : Math.min(due, m);
  return due;
}

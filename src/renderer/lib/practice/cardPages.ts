/**
 * The practice 答题卡 in pages: a 今日学习 backlog can hold well over a thousand items, and a grid of all of them put
 * the question itself below the fold (1,439 cells filled three screens at 1366×768) and made every 提交 lay out and
 * paint the whole of it (issue 14). The card shows the page of {@link CARD_PAGE} cells that holds the item on screen;
 * the learner can leaf through the others.
 */
export const CARD_PAGE = 50;

/** The page (from 0) that holds item `index`. */
export function pageOf(index: number): number {
  return Math.max(0, Math.floor(index / CARD_PAGE));
}

/** How many pages a set of `total` items fills (at least one). */
export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / CARD_PAGE));
}

/** The item indexes of page `page` of a set of `total` items (the page clamped to the set). */
export function pageItems(page: number, total: number): { first: number; last: number; indexes: number[] } {
  const p = Math.min(Math.max(0, page), pageCount(total) - 1);
  const first = p * CARD_PAGE;
  const last = Math.min(total, first + CARD_PAGE) - 1;
  const indexes: number[] = [];
  for (let i = first; i <= last; i++) indexes.push(i);
  return { first, last, indexes };
}

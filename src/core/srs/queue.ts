import type { CardState } from './cardState';
import type { Scheduler } from './scheduler';
import { DAY } from './calendar';

export interface QueueItem {
  id: string;
  chapter: string;
}

export interface TodayQueue {
  /** Due reviews, lowest predicted recall first. */
  reviews: string[];
  /** New items for today, interleaved across chapters. */
  fresh: string[];
}

/**
 * Today's queue: every card due by the end of today, lowest retrievability first, then new items up to what is left
 * of today's quota, taken round-robin across chapters in bank order so a session mixes chapters.
 */
export function buildTodayQueue(a: {
  items: readonly QueueItem[];
  /** The item's card, or null/undefined while it is new (`index` is the item's place in `items`). */
  cardOf: (id: string, index: number) => CardState | null | undefined;
  now: number;
  endOfToday: number;
  newLeftToday: number;
  scheduler: Pick<Scheduler, 'retrievability'>;
}): TodayQueue {
  const due: { id: string; r: number }[] = [];
  const byChapter = new Map<string, string[]>();
  for (let i = 0; i < a.items.length; i++) {
    const item = a.items[i]!;
    const card = a.cardOf(item.id, i);
    if (card && card.phase !== 'new') {
      if (card.due <= a.endOfToday) due.push({ id: item.id, r: a.scheduler.retrievability(card, a.now) });
    } else {
      const list = byChapter.get(item.chapter) ?? [];
      list.push(item.id);
      byChapter.set(item.chapter, list);
    }
  }
  due.sort((x, y) => x.r - y.r || (x.id < y.id ? -1 : 1));
  const fresh: string[] = [];
  const lists = [...byChapter.values()];
  for (let round = 0; fresh.length < a.newLeftToday && lists.some((l) => l.length > round); round++) {
    for (const l of lists) {
      if (fresh.length >= a.newLeftToday) break;
      const id = l[round];
      if (id !== undefined) fresh.push(id);
    }
  }
  return { reviews: due.map((d) => d.id), fresh };
}

/** Reviews due on each of the next `days` local days (day 0 = today, including overdue cards). */
export function forecast(cards: Iterable<CardState>, startOfToday: number, days: number, dayMs = DAY): number[] {
  const out = new Array<number>(days).fill(0);
  for (const c of cards) {
    if (c.phase === 'new') continue;
    const d = Math.max(0, Math.floor((c.due - startOfToday) / dayMs));
    if (d < days) out[d]! += 1;
  }
  return out;
}

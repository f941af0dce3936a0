import type { SubjectId } from '@shared/bank/schema';
import type { FavouriteEntry } from '@shared/ipc/contract';

/** How the learner has fared with a starred item, as the 收藏 filter offers it. */
export type FavouriteStatus = 'wrongBefore' | 'lastRight' | 'never' | 'withNote';

/** The 收藏 filter: every field optional; an empty filter keeps every entry. */
export interface FavouriteFilter {
  subject?: SubjectId;
  chapter?: string;
  type?: 'single' | 'multiple';
  status?: FavouriteStatus;
}

function statusHolds(f: FavouriteEntry, status: FavouriteStatus): boolean {
  switch (status) {
    case 'wrongBefore':
      return f.wrongs > 0;
    case 'lastRight':
      return f.attempts > 0 && f.lastCorrect;
    case 'never':
      return f.attempts === 0;
    case 'withNote':
      return f.note.trim() !== '';
  }
}

/** The entries that pass `filter`, in the order given. The 收藏 is small (starred by hand), so it is filtered here. */
export function filterFavourites(list: readonly FavouriteEntry[], filter: FavouriteFilter): FavouriteEntry[] {
  return list.filter(
    (f) =>
      (!filter.subject || f.subject === filter.subject) &&
      (!filter.chapter || f.chapter === filter.chapter) &&
      (!filter.type || f.type === filter.type) &&
      (!filter.status || statusHolds(f, filter.status)),
  );
}

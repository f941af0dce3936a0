import { inMistakes } from '@core/learner/learnerModel';
import type { FavouriteEntry, ListedQuestion, MistakeEntry, MistakeFilter, PublicQuestion } from '@shared/ipc/contract';
import type { Services } from './services';
import { describeItem, type LearnerItem } from './learnerItems';
import { objectiveItem, toPublic } from './practice';

/** What this feature uses of the services. */
type Deps = Pick<Services, 'answers' | 'bank' | 'collections' | 'config' | 'day' | 'settings'>;

/** The fields every list of questions shows. */
function listed(d: LearnerItem): ListedQuestion {
  return { id: d.id, subject: d.subject, chapter: d.chapter, chapterTitle: d.chapterTitle, type: d.item.type, stem: d.item.stem };
}

/** The 错题本: every item answered wrongly and not yet answered right N times in a row, newest mistake first. */
export function listMistakes(s: Deps, f: MistakeFilter): MistakeEntry[] {
  const exit = s.settings.get().mistakesExitStreak;
  const out: MistakeEntry[] = [];
  for (const [id, stat] of s.answers.model().questions) {
    if (!inMistakes(stat, exit) || stat.lastWrongAt === null) continue;
    const d = describeItem(s, id);
    if (!d) continue;
    if (f.subject && d.subject !== f.subject) continue;
    if (f.chapter && d.item.chapter !== f.chapter) continue;
    if (f.type && d.item.type !== f.type) continue;
    // Dates compare as local days, so "from" and "to" include the whole day.
    const wrongDay = s.day.key(stat.lastWrongAt);
    if (f.from && wrongDay < f.from) continue;
    if (f.to && wrongDay > f.to) continue;
    out.push({
      ...listed(d),
      wrongs: stat.wrongs,
      streak: stat.streak,
      lastWrongAt: stat.lastWrongAt,
    });
  }
  return out.sort((a, b) => b.lastWrongAt - a.lastWrongAt);
}

export function listFavourites(s: Deps): FavouriteEntry[] {
  const notes = s.collections.notes();
  return Object.entries(s.collections.favourites())
    .map(([id, at]) => ({ d: describeItem(s, id), id, at }))
    .filter((x): x is { d: NonNullable<typeof x.d>; id: string; at: number } => x.d !== undefined)
    .map(({ d, id, at }) => ({
      ...listed(d),
      at,
      note: notes[id]?.text ?? '',
    }))
    .sort((a, b) => b.at - a.at);
}

/** Questions by id, in the order given (unknown ids are skipped: the bank may have changed). */
export function questionsById(s: Deps, ids: readonly string[]): { questions: PublicQuestion[] } {
  const out: PublicQuestion[] = [];
  for (const id of ids) {
    const item = s.bank.item(id);
    if (item && item.type !== 'case') out.push(toPublic(item));
  }
  return { questions: out };
}

export async function setFavourite(s: Deps, id: string, on: boolean): Promise<{ favourite: boolean }> {
  objectiveItem(s, id);
  await s.collections.setFavourite(id, on, s.config.now());
  return { favourite: id in s.collections.favourites() };
}

/** 收藏 and note of each given item, for screens that show many items at once (the mock-exam review). */
export function collectionState(s: Deps, ids: readonly string[]): Record<string, { favourite: boolean; note: string }> {
  const favourites = s.collections.favourites();
  const notes = s.collections.notes();
  return Object.fromEntries(ids.map((id) => [id, { favourite: id in favourites, note: notes[id]?.text ?? '' }]));
}

export async function setNote(s: Deps, id: string, text: string): Promise<{ note: string }> {
  objectiveItem(s, id);
  await s.collections.setNote(id, text, s.config.now());
  return { note: s.collections.notes()[id]?.text ?? '' };
}

/**
 * Items of the learner's 错题本 and 收藏 that the bank no longer has (withdrawn in an update, or from a removed centre
 * bank): they leave every list and queue, their answers stay in the log, and the screens say how many there are.
 */
export function withdrawnCounts(s: Deps): { mistakes: number; favourites: number } {
  const exit = s.settings.get().mistakesExitStreak;
  let mistakes = 0;
  for (const [id, stat] of s.answers.model().questions) {
    if (inMistakes(stat, exit) && stat.lastWrongAt !== null && !s.bank.item(id)) mistakes++;
  }
  const favourites = Object.keys(s.collections.favourites()).filter((id) => !s.bank.item(id)).length;
  return { mistakes, favourites };
}

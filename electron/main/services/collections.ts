import { isImportedId } from '@core/import/ids';
import { AppError } from '@shared/errors';
import { basisOf } from './itemBasis';
import { inMistakes, type QuestionStat } from '@core/learner/learnerModel';
import type { OptionKey } from '@shared/bank/schema';
import type { AnswerRecord } from '@shared/records';
import type { FavouriteEntry, ItemDetail, ListedQuestion, MistakeEntry, MistakeFilter, PublicQuestion } from '@shared/ipc/contract';
import { monthKey } from '../storage/monthlyLog';
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
export async function listMistakes(s: Deps, f: MistakeFilter): Promise<MistakeEntry[]> {
  const exit = s.settings.get().mistakesExitStreak;
  const dismissed = s.collections.dismissed();
  const found: { d: LearnerItem; stat: QuestionStat | undefined; wrongAt: number; fromReading: boolean }[] = [];
  const questions = s.answers.model().questions;
  const unremembered = s.collections.unremembered();
  const candidates = new Set([...questions.keys(), ...Object.keys(unremembered)]);
  for (const id of candidates) {
    const stat = questions.get(id);
    const flagged = unremembered[id];
    // 没记住 in 背题模式 puts an item in the 错题本 until it is answered right (N in a row) after that.
    const fromReading = flagged !== undefined && !(stat && stat.at > flagged && stat.streak >= exit);
    const wrong = !!stat && inMistakes(stat, exit, dismissed[id]) && stat.lastWrongAt !== null;
    if (!wrong && !fromReading) continue;
    const wrongAt = Math.max(wrong ? stat.lastWrongAt! : 0, fromReading ? flagged : 0);
    const d = describeItem(s, id);
    if (!d) continue;
    if (f.subject && d.subject !== f.subject) continue;
    if (f.chapter && d.item.chapter !== f.chapter) continue;
    if (f.type && d.item.type !== f.type) continue;
    // Dates compare as local days, so "from" and "to" include the whole day.
    const wrongDay = s.day.key(wrongAt);
    if (f.from && wrongDay < f.from) continue;
    if (f.to && wrongDay > f.to) continue;
    found.push({ d, stat, wrongAt, fromReading });
  }
  const last = await latestAnswers(
    s,
    found.flatMap((x) => (x.stat ? [{ id: x.d.id, at: x.stat.at }] : [])),
  );
  return found
    .map(({ d, stat, wrongAt, fromReading }) => ({
      ...listed(d),
      wrongs: stat?.wrongs ?? 0,
      streak: stat?.streak ?? 0,
      lastWrongAt: wrongAt,
      fromReading,
      ...detailOf(d, stat, last),
    }))
    .sort((a, b) => b.lastWrongAt - a.lastWrongAt);
}

/** What an entry shows when opened in place: the latest answer (if any), the key, the 解析, the 依据. */
function detailOf(d: LearnerItem, stat: QuestionStat | undefined, last: Map<string, OptionKey[]>): ItemDetail {
  return {
    lastChoice: last.get(d.id) ?? [],
    lastCorrect: stat?.correct ?? false,
    options: d.item.options,
    answer: d.item.answer,
    explanation: d.item.explanation,
    basis: basisOf(d.item),
  };
}

/** The choice of each item's latest answer, read from the log months those answers are in (each month once). */
async function latestAnswers(s: Deps, wanted: readonly { id: string; at: number }[]): Promise<Map<string, OptionKey[]>> {
  const months = new Map<string, Promise<AnswerRecord[]>>();
  const out = new Map<string, OptionKey[]>();
  for (const w of wanted) {
    const key = monthKey(w.at);
    if (!months.has(key)) months.set(key, s.answers.monthOf(w.at));
  }
  const byMonth = new Map<string, AnswerRecord[]>();
  for (const [key, records] of months) byMonth.set(key, await records);
  for (const w of wanted) {
    const hit = byMonth.get(monthKey(w.at))?.findLast((r) => r.questionId === w.id && r.at === w.at);
    if (hit) out.set(w.id, hit.choice);
  }
  return out;
}

/** 从错题本移除: out until the next wrong answer. */
export async function removeMistake(s: Deps, id: string): Promise<{ removed: boolean }> {
  objectiveItem(s, id);
  return { removed: await s.collections.dismiss(id, s.config.now()) };
}

/** The ids of the learner's 收藏 still in the bank, newest star first (for 背题 and export). */
export function favouriteIds(s: Deps): string[] {
  return Object.entries(s.collections.favourites())
    .filter(([id]) => describeItem(s, id) !== undefined)
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => id);
}

/** The 收藏: starred items still in the bank, newest star first, each with its note, answer counts and latest answer. */
export async function listFavourites(s: Deps): Promise<FavouriteEntry[]> {
  const notes = s.collections.notes();
  const questions = s.answers.model().questions;
  const found = Object.entries(s.collections.favourites())
    .map(([id, at]) => ({ d: describeItem(s, id), stat: questions.get(id), at }))
    .filter((x): x is { d: LearnerItem; stat: QuestionStat | undefined; at: number } => x.d !== undefined);
  const last = await latestAnswers(
    s,
    found.flatMap((x) => (x.stat ? [{ id: x.d.id, at: x.stat.at }] : [])),
  );
  return found
    .map(({ d, stat, at }) => ({
      ...listed(d),
      at,
      note: notes[d.id]?.text ?? '',
      attempts: stat?.attempts ?? 0,
      wrongs: stat?.wrongs ?? 0,
      ...detailOf(d, stat, last),
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

/** An item of the bank, objective or case (收藏 and notes take both); a missing one says so. */
function bankItem(s: Deps, id: string): void {
  if (!s.bank.item(id)) throw new AppError('NOT_FOUND', '没有找到这道题，可能题库已更新。请返回首页重新开始练习。');
}

export async function setFavourite(s: Deps, id: string, on: boolean): Promise<{ favourite: boolean }> {
  bankItem(s, id);
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
  bankItem(s, id);
  await s.collections.setNote(id, text, s.config.now());
  return { note: s.collections.notes()[id]?.text ?? '' };
}

/**
 * Items of the learner's 错题本 and 收藏 that the bank no longer has (withdrawn in an update, or from a removed centre
 * bank): they leave every list and queue, their answers stay in the log, and the screens say how many there are.
 */
export function withdrawnCounts(s: Deps): {
  mistakes: number;
  favourites: number;
  deleted: { mistakes: number; favourites: number };
} {
  const exit = s.settings.get().mistakesExitStreak;
  const out = { mistakes: 0, favourites: 0, deleted: { mistakes: 0, favourites: 0 } };
  // Items of a removed imported bank are 已删除 (the learner removed them), not 已下架 (withdrawn by a bank update).
  for (const [id, stat] of s.answers.model().questions) {
    if (inMistakes(stat, exit, s.collections.dismissed()[id]) && stat.lastWrongAt !== null && !s.bank.item(id)) {
      if (isImportedId(id)) out.deleted.mistakes++;
      else out.mistakes++;
    }
  }
  for (const id of Object.keys(s.collections.favourites())) {
    if (s.bank.item(id)) continue;
    if (isImportedId(id)) out.deleted.favourites++;
    else out.favourites++;
  }
  return out;
}

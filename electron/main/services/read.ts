import { basisOf } from './itemBasis';
import type { ObjectiveItem } from '@shared/bank/schema';
import { AppError } from '@shared/errors';
import type { ReadItem, ReadSource } from '@shared/ipc/contract';
import { favouriteIds, listMistakes } from './collections';
import type { Services } from './services';

/** What this feature uses of the services. */
type Deps = Pick<Services, 'answers' | 'bank' | 'collections' | 'config' | 'day' | 'settings'>;

const M = {
  noChapter: '没有找到这个章节，可能题库已更新。请返回首页重新选择。',
  notInList: '这道题不在这份列表里了（可能刚从错题本或收藏中移出）。请重新打开背题。',
};

/** The place key of a list, as kept in collections.json. */
function placeOf(source: ReadSource): string {
  return source.kind === 'chapter' ? `chapter:${source.chapter}` : source.kind;
}

async function itemsOf(s: Deps, source: ReadSource): Promise<ObjectiveItem[]> {
  const objective = (ids: readonly string[]) =>
    ids.map((id) => s.bank.item(id)).filter((i): i is ObjectiveItem => i !== undefined && i.type !== 'case');
  if (source.kind === 'chapter') {
    if (s.bank.chapter(source.chapter)?.subject.def.id !== source.subject) throw new AppError('NOT_FOUND', M.noChapter);
    return s.bank.itemsInChapter(source.chapter).filter((i): i is ObjectiveItem => i.type !== 'case');
  }
  if (source.kind === 'mistakes') return objective((await listMistakes(s, {})).map((e) => e.id));
  return objective(favouriteIds(s));
}

/** 背题模式: the list's items with key and 解析, and where the learner left off. */
export async function startReading(s: Deps, source: ReadSource): Promise<{ items: ReadItem[]; place: string | null }> {
  const flags = s.collections.unremembered();
  const items = (await itemsOf(s, source)).map((i) => ({
    id: i.id,
    type: i.type,
    chapter: i.chapter,
    stem: i.stem,
    options: i.options,
    answer: i.answer,
    explanation: i.explanation,
    basis: basisOf(i),
    unremembered: i.id in flags,
  }));
  const place = s.collections.readPlaces()[placeOf(source)]?.questionId ?? null;
  return { items, place: place !== null && items.some((i) => i.id === place) ? place : null };
}

/** Keeps the place and the 记住了 / 没记住 mark (没记住 puts the item in the 错题本). */
export async function markRead(s: Deps, source: ReadSource, id: string, remembered: boolean | null): Promise<{ saved: boolean }> {
  const item = s.bank.item(id);
  if (!item || item.type === 'case') throw new AppError('NOT_FOUND', M.notInList);
  if (source.kind === 'chapter' && item.chapter !== source.chapter) throw new AppError('REFUSED', M.notInList);
  return { saved: await s.collections.markRead(placeOf(source), id, remembered, s.config.now()) };
}

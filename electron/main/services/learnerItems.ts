import type { ObjectiveItem, SubjectId } from '@shared/bank/schema';
import type { Services } from './services';

export interface LearnerItem {
  item: ObjectiveItem;
  subject: SubjectId;
  chapterTitle: string;
  /** Same object for every call, so the queue builder can use it as is. */
  id: string;
  chapter: string;
}

// A loaded bank is never changed (reloading the centre banks builds a new BankIndex), so each level's list is built
// once per bank object.
const cache = new WeakMap<Services['bank'], Map<string, LearnerItem[]>>();

/** The objective items of the learner's level, in bank order (subject, chapter, file order). */
export function learnerItems(s: Services): readonly LearnerItem[] {
  const level = s.settings.get().level;
  if (!level) return [];
  const perBank = cache.get(s.bank) ?? new Map<string, LearnerItem[]>();
  cache.set(s.bank, perBank);
  const hit = perBank.get(level);
  if (hit) return hit;
  const out: LearnerItem[] = [];
  for (const sub of s.bank.subjects) {
    if (sub.def.level !== level) continue;
    for (const c of sub.chapters) {
      for (const item of s.bank.itemsInChapter(c.id)) {
        if (item.type !== 'case') out.push({ item, subject: sub.def.id, chapterTitle: c.title, id: item.id, chapter: item.chapter });
      }
    }
  }
  perBank.set(level, out);
  return out;
}

/** Where an item lives, for lists (错题本, 收藏). */
export function describeItem(s: Services, id: string): LearnerItem | undefined {
  const item = s.bank.item(id);
  if (!item || item.type === 'case') return undefined;
  const where = s.bank.chapter(item.chapter);
  return where ? { item, subject: where.subject.def.id, chapterTitle: where.chapter.title, id: item.id, chapter: item.chapter } : undefined;
}

import { passStandings } from '@core/exam/passCarry';
import type { ObjectiveItem, SubjectId } from '@shared/bank/schema';
import type { Services } from './services';

/** What this feature uses of the services. */
type Deps = Pick<Services, 'bank' | 'settings' | 'config' | 'day'>;

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

/**
 * Subjects of the learner's level whose pass counts for the exam being planned for (滚动管理): left out of today's
 * plan unless the learner keeps practising them. The exam year is the exam date's, or this year without one.
 */
export function passedSubjects(s: Deps): Set<string> {
  const st = s.settings.get();
  if (!st.level || st.includePassed) return new Set();
  const thisYear = Number(s.day.key(s.config.now()).slice(0, 4));
  const examYear = st.examDate ? Math.max(thisYear, Number(st.examDate.slice(0, 4))) : thisYear;
  const subjects = s.bank.subjects.filter((x) => x.def.level === st.level).map((x) => x.def.id);
  return new Set(
    passStandings(st.level, subjects, st.passes, examYear, thisYear)
      .filter((p) => p.countsForExam)
      .map((p) => p.subject),
  );
}

/** The objective items of the learner's level still to be passed, in bank order (subject, chapter, file order). */
export function learnerItems(s: Deps): readonly LearnerItem[] {
  const level = s.settings.get().level;
  if (!level) return [];
  const passed = passedSubjects(s);
  const key = `${level}|${[...passed].sort().join(',')}`;
  const perBank = cache.get(s.bank) ?? new Map<string, LearnerItem[]>();
  cache.set(s.bank, perBank);
  const hit = perBank.get(key);
  if (hit) return hit;
  const out: LearnerItem[] = [];
  for (const sub of s.bank.subjects) {
    if (sub.def.level !== level || passed.has(sub.def.id)) continue;
    for (const c of sub.chapters) {
      for (const item of s.bank.itemsInChapter(c.id)) {
        if (item.type !== 'case') out.push({ item, subject: sub.def.id, chapterTitle: c.title, id: item.id, chapter: item.chapter });
      }
    }
  }
  perBank.set(key, out);
  return out;
}

/** Where an item lives, for lists (错题本, 收藏). */
export function describeItem(s: Deps, id: string): LearnerItem | undefined {
  const item = s.bank.item(id);
  if (!item || item.type === 'case') return undefined;
  const where = s.bank.chapter(item.chapter);
  return where ? { item, subject: where.subject.def.id, chapterTitle: where.chapter.title, id: item.id, chapter: item.chapter } : undefined;
}

import {
  unsortedChapterId,
  UNSORTED_TITLE,
  type Item,
  type SubjectDef,
  type SyllabusChapter,
  type SyllabusTree,
} from '@shared/bank/schema';
import type { BankProblem, ValidatedBank } from './validateBank';

export interface SubjectIndex {
  def: SubjectDef;
  tree: SyllabusTree | undefined;
  chapters: SyllabusChapter[];
}

/** Read-only lookup structure over a validated bank. */
export interface BankIndex {
  subjects: SubjectIndex[];
  problems: BankProblem[];
  item(id: string): Item | undefined;
  chapterOf(id: string): string | undefined;
  itemsInChapter(chapterId: string): Item[];
  /** A subject by id. */
  subject(id: string): SubjectIndex | undefined;
  /** A chapter of the subjects' tag trees, with its subject (undefined for a chapter in no subject's tree). */
  chapter(id: string): { subject: SubjectIndex; chapter: SyllabusChapter } | undefined;
}

export function indexBank(bank: ValidatedBank): BankIndex {
  const byId = bank.byId;
  const byChapter = new Map<string, Item[]>();
  for (const { item } of bank.items) {
    const list = byChapter.get(item.chapter);
    if (list) list.push(item);
    else byChapter.set(item.chapter, [item]);
  }
  const subjects = bank.subjects.map((def) => {
    const tree = bank.trees.find((t) => t.subject === def.id && t.version === def.tagTree);
    const unsorted = unsortedChapterId(def.id);
    // 未分章 (imported items only) joins the chapter list while it holds items: practice, 今日学习 and the report see it.
    const extra: SyllabusChapter[] = byChapter.has(unsorted)
      ? [{ id: unsorted, no: 0, title: UNSORTED_TITLE, status: 'confirmed', points: [] }]
      : [];
    return { def, tree, chapters: [...(tree?.chapters ?? []), ...extra] };
  });
  const bySubject = new Map(subjects.map((x) => [x.def.id as string, x]));
  const chapterIndex = new Map<string, { subject: SubjectIndex; chapter: SyllabusChapter }>();
  for (const subject of subjects) for (const chapter of subject.chapters) chapterIndex.set(chapter.id, { subject, chapter });
  return {
    subjects,
    problems: bank.problems,
    subject: (id) => bySubject.get(id),
    chapter: (id) => chapterIndex.get(id),
    item: (id) => byId.get(id)?.item,
    chapterOf: (id) => byId.get(id)?.item.chapter,
    itemsInChapter: (chapterId) => byChapter.get(chapterId) ?? [],
  };
}

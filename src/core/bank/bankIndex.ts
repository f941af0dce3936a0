import type { Item, SubjectDef, SyllabusChapter, SyllabusTree } from '@shared/bank/schema';
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
}

export function indexBank(bank: ValidatedBank): BankIndex {
  const byId = new Map<string, Item>();
  const byChapter = new Map<string, Item[]>();
  for (const { item } of bank.items) {
    byId.set(item.id, item);
    const list = byChapter.get(item.chapter) ?? [];
    list.push(item);
    byChapter.set(item.chapter, list);
  }
  const subjects = bank.subjects.map((def) => {
    const tree = bank.trees.find((t) => t.subject === def.id && t.version === def.tagTree);
    return { def, tree, chapters: tree?.chapters ?? [] };
  });
  return {
    subjects,
    problems: bank.problems,
    item: (id) => byId.get(id),
    chapterOf: (id) => byId.get(id)?.chapter,
    itemsInChapter: (chapterId) => byChapter.get(chapterId) ?? [],
  };
}

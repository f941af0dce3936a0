import { isImportedId, importedItemId } from '@core/import/ids';
import type { ImportedItemData } from '@shared/bank/importedSchema';
import type { SubjectId } from '@shared/bank/schema';
import { validateBank, type BankProblem, type RawFile } from './validateBank';

/** What a shipped-format bank cannot carry into a class bank (a class bank holds objective items only). */
export const SHIPPED_M = {
  caseItem: '案例分析题不能放进班级题库（班级题库只收单选题和多选题）',
} as const;

/**
 * True when a bank file's items are in the shipped format (questions/README.md: ids like `jc25-06-101`), not the
 * imported one (`imp-<subject>-…`, what 导入题库 writes): one item with another id is enough.
 */
export function isShippedFormat(items: readonly unknown[]): boolean {
  return items.some((i) => {
    const id = typeof i === 'object' && i !== null ? (i as { id?: unknown }).id : undefined;
    return typeof id !== 'string' || !isImportedId(id);
  });
}

/**
 * A bank file in the shipped format, checked by the shipped bank's own validator (its item schemas, chapters in the
 * syllabus, unique ids, 法规题 lawAsOf), then turned into imported items as 导入题库 turns them: content ids
 * (`imp-<subject>-…`, so they never clash with the shipped bank's ids), stem, options, key, 解析 and chapter kept.
 * Case items are problems (objective items only). Pure: the caller reads the syllabus.
 */
export function shippedAsImported(input: { subjectsFile: RawFile; treeFiles: RawFile[]; bank: RawFile }): {
  subject: SubjectId | null;
  items: ImportedItemData[];
  problems: BankProblem[];
} {
  const checked = validateBank({ subjectsFile: input.subjectsFile, treeFiles: input.treeFiles, bankFiles: [input.bank] });
  const problems = checked.problems.filter((p) => p.file === input.bank.path);
  const items: ImportedItemData[] = [];
  let subject: SubjectId | null = null;
  for (const { item, subject: sub } of checked.items) {
    subject = sub;
    if (item.type === 'case') {
      problems.push({ file: input.bank.path, itemId: item.id, field: 'type', message: SHIPPED_M.caseItem });
      continue;
    }
    items.push({
      id: importedItemId(
        sub,
        item.stem,
        item.options.map((o) => o.text),
      ),
      type: item.type,
      chapter: item.chapter,
      stem: item.stem,
      options: item.options.map((o) => ({ key: o.key, text: o.text })),
      answer: [...item.answer],
      explanation: item.explanation,
    });
  }
  return { subject, items, problems };
}

import type { z } from 'zod';
import { asImported, ImportedBankFile, ImportedItem, isImportedBankJson } from '@shared/bank/importedSchema';
import {
  BankFile,
  Item,
  itemSchemaFor,
  SubjectsFile,
  SyllabusTree,
  unsortedChapterId,
  type SubjectDef,
  type SubjectId,
} from '@shared/bank/schema';

/** A problem found while loading banks: names the file, the item (when known) and the field. */
export interface BankProblem {
  file: string;
  itemId: string | null;
  field: string;
  message: string;
}

export interface RawFile {
  /** Path relative to the banks root, for messages. */
  path: string;
  /** Parsed JSON, or the parse error message. */
  json: unknown;
  parseError?: string;
  /**
   * The file's bytes match the shipped bank's manifest, made when the whole file passed these schemas unchanged: the
   * schema parse is skipped (the checks across files still run). Never set for centre or imported files.
   */
  trusted?: boolean;
}

export interface LoadedItem {
  item: Item;
  subject: SubjectId;
  file: string;
}

export interface ValidatedBank {
  subjects: SubjectDef[];
  trees: SyllabusTree[];
  items: LoadedItem[];
  /** The same loaded items by id (built while checking ids are unique, so the index need not build it again). */
  byId: ReadonlyMap<string, LoadedItem>;
  problems: BankProblem[];
}

const fieldOf = (path: readonly PropertyKey[]): string => (path.length ? path.map(String).join('.') : '(整体)');

function issuesToProblems(file: string, itemId: string | null, error: z.ZodError, prefix: string[] = []): BankProblem[] {
  return error.issues.map((i) => ({ file, itemId, field: fieldOf([...prefix, ...i.path]), message: i.message }));
}

/**
 * Validates subjects, syllabus trees and bank files already read from disk. Pure: the caller does the I/O.
 * Bad items are skipped and reported one by one; a file whose envelope is broken is skipped whole.
 */
export function validateBank(input: { subjectsFile: RawFile; treeFiles: RawFile[]; bankFiles: RawFile[] }): ValidatedBank {
  const problems: BankProblem[] = [];
  const subjectsParsed = SubjectsFile.safeParse(input.subjectsFile.json);
  if (input.subjectsFile.parseError || !subjectsParsed.success) {
    problems.push(...(subjectsParsed.success ? [] : issuesToProblems(input.subjectsFile.path, null, subjectsParsed.error)));
    if (input.subjectsFile.parseError) {
      problems.push({ file: input.subjectsFile.path, itemId: null, field: '(整体)', message: input.subjectsFile.parseError });
    }
    return { subjects: [], trees: [], items: [], byId: new Map(), problems };
  }
  const subjects = subjectsParsed.data.subjects;

  const trees: SyllabusTree[] = [];
  for (const f of input.treeFiles) {
    if (f.parseError) {
      problems.push({ file: f.path, itemId: null, field: '(整体)', message: f.parseError });
      continue;
    }
    const t = SyllabusTree.safeParse(f.json);
    if (t.success) trees.push(t.data);
    else problems.push(...issuesToProblems(f.path, null, t.error));
  }

  // Chapters an item may be tagged with: the subject's tag tree.
  const chapterSubject = new Map<string, SubjectId>();
  for (const s of subjects) {
    const tree = trees.find((t) => t.subject === s.id && t.version === s.tagTree);
    for (const c of tree?.chapters ?? []) chapterSubject.set(c.id, s.id);
  }

  const items: LoadedItem[] = [];
  const byId = new Map<string, LoadedItem>();
  for (const f of input.bankFiles) {
    if (f.parseError) {
      problems.push({ file: f.path, itemId: null, field: '(整体)', message: `不是有效的 JSON：${f.parseError}` });
      continue;
    }
    // Imported banks are never in the shipped manifest: always checked in full.
    if (isImportedBankJson(f.json)) {
      validateImported(f, chapterSubject, byId, items, problems);
      continue;
    }
    const env = f.trusted ? { success: true as const, data: f.json as BankFile } : BankFile.safeParse(f.json);
    if (!env.success) {
      problems.push(...issuesToProblems(f.path, null, env.error));
      continue;
    }
    const subject = env.data.subject;
    const list = env.data.items;
    for (let index = 0; index < list.length; index++) {
      const raw = list[index];
      let item: Item;
      if (f.trusted) item = raw as Item;
      else {
        const parsed = (itemSchemaFor(raw) ?? Item).safeParse(raw);
        if (!parsed.success) {
          problems.push(...issuesToProblems(f.path, rawIdOf(raw, index), parsed.error));
          continue;
        }
        item = parsed.data;
      }
      const prev = byId.get(item.id)?.file;
      if (prev !== undefined) {
        problems.push({ file: f.path, itemId: item.id, field: 'id', message: `id 重复（已在 ${prev} 中出现）` });
        continue;
      }
      if (chapterSubject.get(item.chapter) !== subject) {
        problems.push({ file: f.path, itemId: item.id, field: 'chapter', message: `章节 ${item.chapter} 不在该科目的考试大纲中` });
        continue;
      }
      if (subject === 'ml' && item.type !== 'case' && !('lawAsOf' in item && item.lawAsOf)) {
        problems.push({ file: f.path, itemId: item.id, field: 'lawAsOf', message: '法规题必须注明法律文本的核对日期（lawAsOf）' });
        continue;
      }
      const loaded = { item, subject, file: f.path };
      byId.set(item.id, loaded);
      items.push(loaded);
    }
  }
  return { subjects, trees, items, byId, problems };
}

const rawIdOf = (raw: unknown, index: number): string =>
  typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string'
    ? (raw as { id: string }).id
    : `第 ${index + 1} 题`;

/**
 * An imported bank (a centre's or learner's own file converted by the import): the imported item schema instead of
 * the shipped one (no review or basis: the app did not write them), the same id and chapter checks, except that
 * the subject's 未分章 is a chapter too.
 */
function validateImported(
  f: RawFile,
  chapterSubject: ReadonlyMap<string, SubjectId>,
  byId: Map<string, LoadedItem>,
  items: LoadedItem[],
  problems: BankProblem[],
): void {
  const env = ImportedBankFile.safeParse(f.json);
  if (!env.success) {
    problems.push(...issuesToProblems(f.path, null, env.error));
    return;
  }
  const { subject, imported } = env.data;
  env.data.items.forEach((raw, index) => {
    const parsed = ImportedItem.safeParse(raw);
    if (!parsed.success) {
      problems.push(...issuesToProblems(f.path, rawIdOf(raw, index), parsed.error));
      return;
    }
    const item = parsed.data;
    const prev = byId.get(item.id)?.file;
    if (prev !== undefined) {
      problems.push({ file: f.path, itemId: item.id, field: 'id', message: `id 重复（已在 ${prev} 中出现）` });
      return;
    }
    // 未分章 of the bank's own subject is allowed here, and only here (never for the shipped bank).
    if (chapterSubject.get(item.chapter) !== subject && item.chapter !== unsortedChapterId(subject)) {
      problems.push({ file: f.path, itemId: item.id, field: 'chapter', message: `章节 ${item.chapter} 不在该科目的考试大纲中` });
      return;
    }
    const loaded = { item: asImported(item, imported, f.path), subject, file: f.path };
    byId.set(item.id, loaded);
    items.push(loaded);
  });
}

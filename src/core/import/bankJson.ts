import { BankFile, Item, itemSchemaFor, type SubjectId } from '@shared/bank/schema';
import { ImportedBankFile, ImportedItem, type ImportedItemData } from '@shared/bank/importedSchema';
import { importedItemId } from './ids';
import { importMsg } from './messages';
import { IMPORT_KEYS, type CandidateItem, type ImportKey, type ParseResult, type Refusal } from './types';

export type BankJsonResult = ParseResult | { error: string };

const excerptOf = (raw: unknown): string => {
  const stem = typeof raw === 'object' && raw !== null ? (raw as { stem?: unknown }).stem : undefined;
  return typeof stem === 'string' ? stem.slice(0, 40) : JSON.stringify(raw ?? null).slice(0, 40);
};

/**
 * A bank file in our own JSON format (questions/README.md: shipped items, or an imported bank), for 导入题库: the
 * envelope and every item are checked with the schemas the bank loader uses, item by item; what fails is refused with
 * the validator's own message and field. Valid objective items become import candidates (a content id, as every
 * imported item has, so the same item is never added twice); their `chapter` id is matched to the syllabus as a 章节
 * text is. Case items are refused (导入 takes objective items only). Pure; never throws.
 */
export function parseBankJson(json: unknown, subject: SubjectId): BankJsonResult {
  const imported = ImportedBankFile.safeParse(json);
  const env = imported.success ? imported : BankFile.safeParse(json);
  if (!env.success) return { error: importMsg.jsonNotBank };
  if (env.data.subject !== subject) return { error: importMsg.jsonOtherSubject(env.data.subject) };
  const items: CandidateItem[] = [];
  const refused: Refusal[] = [];
  env.data.items.forEach((raw, index) => {
    const source = { line: index + 1, kind: 'item' as const };
    const schema = imported.success ? ImportedItem : (itemSchemaFor(raw) ?? Item);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      refused.push({ source, excerpt: excerptOf(raw), reason: importMsg.jsonInvalid(issue.path.map(String).join('.'), issue.message) });
      return;
    }
    const item = parsed.data as Item | ImportedItemData;
    if (item.type === 'case') {
      refused.push({ source, excerpt: excerptOf(raw), reason: importMsg.unsupportedType('案例分析') });
      return;
    }
    const keys = item.options.map((o) => o.key);
    if (keys.length > IMPORT_KEYS.length || !keys.every((k) => (IMPORT_KEYS as readonly string[]).includes(k))) {
      refused.push({ source, excerpt: excerptOf(raw), reason: importMsg.tooManyOptions(keys.length) });
      return;
    }
    const judge = 'judge' in item && item.judge === true;
    items.push({
      id: importedItemId(
        subject,
        item.stem,
        item.options.map((o) => o.text),
      ),
      type: item.type,
      judge,
      typeSource: 'column',
      stem: item.stem,
      options: item.options.map((o) => ({ key: o.key as ImportKey, text: o.text })),
      answer: item.answer as ImportKey[],
      explanation: item.explanation,
      chapterText: item.chapter,
      source,
    });
  });
  return { items, refused };
}

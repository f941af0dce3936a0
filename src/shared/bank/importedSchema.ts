import { z } from 'zod';
import { ObjectiveType } from '../formats';
import { Option, OptionKey, SubjectId, type ImportedObjectiveItem } from './schema';

const text = z.string().regex(/\S/, '不能为空');

/** Ids of imported items: `imp-<subject>-<content hash>` (see core/import/ids.ts); never a shipped id. */
export const ImportedItemId = z.string().regex(/^imp-[a-z]{2}-[0-9a-z]{22}$/, '导入题目的 id 应为 imp-<科目>-<22 位>');

/**
 * An item imported from a centre's or a learner's own file. Looser than a shipped item (2–5 options, no 解析 or
 * review required: the app did not write or review it), strict where answers are scored: the key is among the
 * options, 单选 has one key, 多选 at least two.
 */
export const ImportedItem = z
  .object({
    id: ImportedItemId,
    type: ObjectiveType,
    /** 判断题: two options 正确 / 错误. */
    judge: z.boolean().optional(),
    chapter: text,
    stem: text.max(5000),
    options: z
      .array(Option.extend({ text: text.max(1000) }))
      .min(2, '至少要有 2 个选项')
      .max(5, '最多 5 个选项'),
    answer: z.array(OptionKey).min(1, '没有答案'),
    explanation: z.string().max(10000),
  })
  .superRefine((item, ctx) => {
    const keys = item.options.map((o) => o.key);
    if (keys.join('') !== 'ABCDE'.slice(0, keys.length)) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: '选项应从 A 开始依次排列' });
    }
    if (!item.answer.every((k, i) => keys.includes(k) && (i === 0 || keys.indexOf(item.answer[i - 1]!) < keys.indexOf(k)))) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: '答案必须是选项中的字母，不重复，按顺序排列' });
    }
    if (item.type === 'single' && item.answer.length !== 1)
      ctx.addIssue({ code: 'custom', path: ['answer'], message: '单选题必须恰好有 1 个答案' });
    if (item.type === 'multiple' && item.answer.length < 2)
      ctx.addIssue({ code: 'custom', path: ['answer'], message: '多选题至少 2 个答案' });
    if (new Set(item.options.map((o) => o.text.trim())).size !== item.options.length) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: '选项内容重复' });
    }
  });
export type ImportedItemData = z.infer<typeof ImportedItem>;

/** Where an imported bank came from: the file's name, when, and whose folder it is in. */
export const ImportedFrom = z.object({
  file: text.max(260),
  /** Epoch ms. */
  at: z.number().int().nonnegative(),
  scope: z.enum(['learner', 'centre']),
});
export type ImportedFrom = z.infer<typeof ImportedFrom>;

/** An imported bank file: the shipped envelope plus `imported`. Items are validated one by one, as for shipped banks. */
export const ImportedBankFile = z.object({
  bankVersion: z.literal(1),
  subject: SubjectId,
  imported: ImportedFrom,
  items: z.array(z.unknown()),
});

/** An imported item as the app holds it: the validated item, marked with the file it came from (shown as 导入). */
export const asImported = (item: ImportedItemData, from: ImportedFrom, bank = ''): ImportedObjectiveItem => ({
  ...item,
  imported: { file: from.file, scope: from.scope, bank },
});

/** True for a raw bank file in the imported format (it has an `imported` block). */
export const isImportedBankJson = (json: unknown): boolean => typeof json === 'object' && json !== null && 'imported' in json;

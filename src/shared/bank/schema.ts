import { z } from 'zod';
import { CardOrder, CaseKind, IsoDate } from '../formats';
import '../zodLocale';

/** Subject ids: 综合能力(初级), 实务(初级), 综合能力(中级), 法规与政策, 实务(中级). */
export const SubjectId = z.enum(['jc', 'jp', 'mc', 'ml', 'mp']);
export type SubjectId = z.infer<typeof SubjectId>;

export const Level = z.enum(['junior', 'intermediate']);
export type Level = z.infer<typeof Level>;

// Non-blank text; a regex check, not .trim(), so validation does not copy every string of a large bank.
const text = z.string().regex(/\S/, '不能为空');

export const ItemReview = z.object({
  by: text,
  date: IsoDate,
  result: z.enum(['approved', 'revised']),
  note: z.string().optional(),
});

export const OptionKey = z.enum(['A', 'B', 'C', 'D', 'E']);
export type OptionKey = z.infer<typeof OptionKey>;
export const Option = z.object({ key: OptionKey, text });

const itemBase = {
  id: z.string().regex(/^[a-z0-9-]+$/, 'id 只能含小写字母、数字和连字符'),
  chapter: text,
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  basis: text,
  lawAsOf: IsoDate.optional(),
  review: ItemReview,
};

const keysInOrder = (keys: readonly string[], answer: readonly string[]): boolean =>
  answer.every((k, i) => keys.includes(k) && (i === 0 || keys.indexOf(answer[i - 1]!) < keys.indexOf(k)));

export const SingleItem = z
  .object({
    ...itemBase,
    type: z.literal('single'),
    stem: text,
    options: z.array(Option).length(4, '单选题必须有 4 个选项'),
    answer: z.array(OptionKey).length(1, '单选题必须恰好有 1 个答案'),
    explanation: z.string().min(40, '解析过短（至少 40 字）'),
  })
  .superRefine((item, ctx) => checkOptions(item.options, item.answer, 'ABCD', ctx));

export const MultipleItem = z
  .object({
    ...itemBase,
    type: z.literal('multiple'),
    stem: text,
    options: z.array(Option).length(5, '多选题必须有 5 个选项'),
    answer: z.array(OptionKey).min(2, '多选题至少 2 个答案').max(4, '多选题至多 4 个答案'),
    explanation: z.string().min(40, '解析过短（至少 40 字）'),
  })
  .superRefine((item, ctx) => checkOptions(item.options, item.answer, 'ABCDE', ctx));

function checkOptions(
  options: readonly { key: string; text: string }[],
  answer: readonly string[],
  expected: string,
  ctx: z.RefinementCtx,
): void {
  const keys = options.map((o) => o.key);
  if (keys.join('') !== expected) {
    ctx.addIssue({ code: 'custom', path: ['options'], message: `选项应依次为 ${expected.split('').join('、')}` });
  }
  if (!keysInOrder(keys, answer)) {
    ctx.addIssue({ code: 'custom', path: ['answer'], message: '答案必须是选项中的字母，不重复，按顺序排列' });
  }
  const texts = new Set(options.map((o) => o.text.trim()));
  if (texts.size !== options.length) {
    ctx.addIssue({ code: 'custom', path: ['options'], message: '选项内容重复' });
  }
}

export const CasePoint = z.object({ text, score: z.number().positive().max(20) });
export const CaseQuestion = z.object({
  no: z.number().int().positive(),
  prompt: text,
  points: z.array(CasePoint).min(1),
});

export const CaseItem = z
  .object({
    ...itemBase,
    type: z.literal('case'),
    caseKind: CaseKind,
    title: text,
    material: z.string().min(150, '案例材料过短（至少 150 字）'),
    questions: z.array(CaseQuestion).min(2).max(4),
    explanation: z.string().optional(),
  })
  .superRefine((item, ctx) => {
    const total = item.questions.reduce((s, q) => s + q.points.reduce((t, p) => t + p.score, 0), 0);
    if (Math.abs(total - 20) > 1e-9) {
      ctx.addIssue({ code: 'custom', path: ['questions'], message: `答题要点总分应为 20，实际为 ${total}` });
    }
  });

export const Item = z.discriminatedUnion('type', [SingleItem, MultipleItem, CaseItem]);

/** The schema for a raw item's declared type (faster than the union for large banks), or undefined. */
export function itemSchemaFor(raw: unknown): typeof SingleItem | typeof MultipleItem | typeof CaseItem | undefined {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  return type === 'single' ? SingleItem : type === 'multiple' ? MultipleItem : type === 'case' ? CaseItem : undefined;
}
/**
 * An item imported from a centre's or a learner's own file (validated by ImportedItem in importedSchema.ts), marked
 * with the file it came from. No 解析 basis or review: the app did not write or review it.
 */
export interface ImportedObjectiveItem {
  id: string;
  type: 'single' | 'multiple';
  judge?: boolean | undefined;
  chapter: string;
  stem: string;
  options: { key: OptionKey; text: string }[];
  answer: OptionKey[];
  explanation: string;
  /** `bank`: the bank file it was read from as messages name it (我的题库/… or 机构题库/…), for the 今日学习 switch. */
  imported: { file: string; scope: 'learner' | 'centre'; bank: string };
}

/** An item of the bank (reviewed) or imported from a centre's or learner's own file (see importedSchema.ts). */
export type Item = z.infer<typeof Item> | ImportedObjectiveItem;
export type ObjectiveItem = z.infer<typeof SingleItem> | z.infer<typeof MultipleItem> | ImportedObjectiveItem;
export type CaseItem = z.infer<typeof CaseItem>;

/** A bank file's envelope; items are validated one by one so one bad item does not hide the rest. */
export const BankFile = z.object({
  bankVersion: z.literal(1),
  subject: SubjectId,
  items: z.array(z.unknown()),
});
export type BankFile = z.infer<typeof BankFile>;

export const SyllabusChapter = z.object({
  id: z.string().regex(/^[a-z]{2}\d{2}-\d{2}$/),
  no: z.number().int().positive(),
  title: text,
  status: z.enum(['confirmed', 'inferred']),
  points: z.array(z.string()),
});
export type SyllabusChapter = z.infer<typeof SyllabusChapter>;

/**
 * 未分章: the reserved chapter of a subject for imported items whose 章节 matched no syllabus chapter. It is in no
 * syllabus tree (its id cannot match a tree chapter's), only imported items may carry it, and the bank index lists it
 * after the subject's chapters (numbered 0) only while some item is in it.
 */
export const unsortedChapterId = (subject: SubjectId): string => `${subject}-unsorted`;
export const isUnsortedChapter = (id: string): boolean => /^[a-z]{2}-unsorted$/.test(id);
export const UNSORTED_TITLE = '未分章';

/** How a chapter is named in lists: 第N章 and its title, or just 未分章. */
export const chapterLabel = (c: { no: number; title: string }): string => (c.no > 0 ? `第${c.no}章 ${c.title}` : c.title);

export const SyllabusTree = z.object({
  subject: SubjectId,
  version: z.enum(['2018', '2025']),
  status: z.enum(['confirmed', 'partial', 'inferred', 'unknown']),
  note: z.string(),
  chapters: z.array(SyllabusChapter),
});
export type SyllabusTree = z.infer<typeof SyllabusTree>;

export const ObjectiveBlueprint = z.object({
  kind: z.literal('objective'),
  single: z.number().int().positive(),
  multiple: z.number().int().nonnegative(),
  singlePoints: z.number().positive(),
  multiplePoints: z.number().positive(),
  total: z.number().positive(),
  minutes: z.number().int().positive(),
  pass: z.number().positive(),
  /** How the printed answer card numbers its items (纸笔考试): along the rows unless the data says otherwise. */
  cardOrder: CardOrder.optional(),
});
export const CaseBlueprint = z.object({
  kind: z.literal('case'),
  analysis: z.number().int().nonnegative(),
  design: z.number().int().nonnegative(),
  caseScore: z.number().positive(),
  total: z.number().positive(),
  minutes: z.number().int().positive(),
  pass: z.number().positive(),
});

export const SubjectDef = z.object({
  id: SubjectId,
  level: Level,
  name: text,
  shortName: text,
  tagTree: z.enum(['2018', '2025']),
  blueprint: z.discriminatedUnion('kind', [ObjectiveBlueprint, CaseBlueprint]),
});
export type SubjectDef = z.infer<typeof SubjectDef>;

export const SubjectsFile = z.object({ version: z.literal(1), subjects: z.array(SubjectDef).min(1) });

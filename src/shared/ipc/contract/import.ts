import { z } from 'zod';
import { OptionKey, SubjectId } from '../../bank/schema';
import { ObjectiveType } from '../../formats';
import { AdminPin, type ContractPart } from './common';

/** The largest file sent for import: 50 MB, as base64 (4 characters per 3 bytes). */
export const MAX_IMPORT_BASE64 = Math.ceil((50 * 1024 * 1024) / 3) * 4;

const Col = z.number().int().min(0).max(200);

/** Which column holds what, for a sheet whose header the app does not recognise (set once, remembered per header). */
export const ColumnMapping = z.object({
  /** 0-based row of the header. */
  headerRow: z.number().int().min(0).max(29),
  stem: Col,
  answer: Col,
  type: Col.optional(),
  /** Option columns in A, B, C … order. */
  options: z.array(Col).max(8).optional(),
  /** One column holding every option (`A. … B. …`). */
  optionsCell: Col.optional(),
  explanation: Col.optional(),
  chapter: Col.optional(),
});
export type ColumnMapping = z.infer<typeof ColumnMapping>;

/** What to import: a chosen file (its bytes as base64) or pasted text. */
export const ImportInput = z.object({
  /** For a sheet: the columns, when the learner set them (else the header is recognised, or a remembered mapping used). */
  mapping: ColumnMapping.optional(),
  subject: SubjectId,
  fileName: z.string().min(1).max(260),
  /** The file's bytes, base64; absent for pasted text. */
  data: z.string().max(MAX_IMPORT_BASE64).optional(),
  /** Pasted text (the clipboard); absent for a file. */
  text: z.string().max(20_000_000).optional(),
});
export type ImportInput = z.infer<typeof ImportInput>;

export const ChapterMatchWire = z.object({
  text: z.string(),
  count: z.number().int(),
  kind: z.enum(['exact', 'close', 'none']),
  chapterId: z.string().nullable(),
  candidates: z.array(z.object({ id: z.string(), title: z.string() })),
});

export const PreviewItem = z.object({
  id: z.string(),
  type: ObjectiveType,
  judge: z.boolean(),
  /** Where the type came from: the 题型 column, the section header, or the number of keys. */
  typeSource: z.enum(['column', 'section', 'keys']),
  stem: z.string(),
  options: z.array(z.object({ key: OptionKey, text: z.string() })),
  answer: z.array(OptionKey),
  explanation: z.string(),
  chapterText: z.string(),
  /** 第 5 行 / 第 3 题（第 12 行）. */
  where: z.string(),
});
export type PreviewItem = z.infer<typeof PreviewItem>;

export const ImportPreview = z.object({
  fileName: z.string(),
  subject: SubjectId,
  /** How the file was read: the layout recognised for a sheet, the text encoding, the sheet used. */
  layout: z.enum(['kaoshibao', 'numbered', 'optionsInOneCell', 'other', 'custom', 'text', 'json']),
  encoding: z.string().nullable(),
  sheet: z.string().nullable(),
  /** Items that can be imported (at most the first 1,000 are listed; `itemCount` is all of them). */
  items: z.array(PreviewItem),
  itemCount: z.number().int(),
  refused: z.array(z.object({ where: z.string(), excerpt: z.string(), reason: z.string() })),
  refusedCount: z.number().int(),
  chapters: z.array(ChapterMatchWire),
  /** A sheet whose header was not recognised: its first rows (cells cut to 40 characters), for setting the columns. */
  mappingNeeded: z.array(z.array(z.string())).nullable(),
  /** The column mapping used (set now or remembered), for a sheet read through one. */
  mapping: ColumnMapping.nullable(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/**
 * Where a bank of 我的题库 is: the learner's own folder, this PC's centre folder (机构题库), or the class's banks
 * pulled from a connected centre (班级题库: managed by the centre, never deleted from the PC).
 */
export const BankScope = z.enum(['learner', 'centre', 'class']);
export type BankScope = z.infer<typeof BankScope>;

export const ImportedBankInfo = z.object({
  /** The bank file's name in its folder (what `import:remove` takes). */
  bankFile: z.string(),
  scope: BankScope,
  /** A class bank's source: the class's name and the centre's address (host:port), as the link to it holds them. */
  origin: z.object({ className: z.string(), centre: z.string() }).optional(),
  subject: SubjectId,
  /** The name of the file it was imported from. */
  file: z.string(),
  at: z.number(),
  items: z.number().int(),
  /** How many of those are in the subject's 未分章 (their 章节 matched no syllabus chapter). */
  unsorted: z.number().int().nonnegative(),
  /** Whether its items join this learner's 今日学习 (off until switched on). */
  today: z.boolean(),
});
export type ImportedBankInfo = z.infer<typeof ImportedBankInfo>;

/** The `import:…` channels: preview (writes nothing), commit (writes one bank file), list, remove, the 今日学习 switch. */
export const importContract = {
  'import:preview': { args: ImportInput, result: ImportPreview },
  'import:commit': {
    args: ImportInput.extend({
      /** The chapter chosen for each 章节 text of the preview; a text left out keeps its exact match, if it has one. */
      chapters: z.record(z.string(), z.string().max(32).nullable()),
      /** Per row: the chapter chosen for one item (by its id), over its 章节 text's choice; null leaves it out. */
      rows: z.record(z.string().max(64), z.string().max(32).nullable()).optional(),
      scope: z.enum(['learner', 'centre']),
      adminPin: AdminPin.optional(),
    }),
    result: z.object({ added: z.number().int(), skipped: z.number().int(), bankFile: z.string() }),
  },
  /** 我的题库: the learner's banks, this PC's 机构题库 and the class banks pulled from a connected centre. */
  'import:list': { args: z.undefined(), result: z.array(ImportedBankInfo) },
  'import:remove': {
    args: z.object({ bankFile: z.string().max(300), scope: z.enum(['learner', 'centre']), adminPin: AdminPin.optional() }),
    result: z.object({ removed: z.number().int() }),
  },
  /** 停止读取: stops the files being read and analysed for import; their previews fail as cancelled. Writes nothing. */
  'import:cancel': { args: z.undefined(), result: z.object({ stopped: z.number().int() }) },
  /** The 今日学习 switch of one imported bank (or class bank), for the open learner. */
  'import:setToday': {
    args: z.object({ bankFile: z.string().max(300), scope: BankScope, on: z.boolean() }),
    result: z.object({ today: z.boolean() }),
  },
} satisfies ContractPart<'import'>;

import { z } from 'zod';
import type { ContractPart } from './common';

export const ExportListName = z.enum(['mistakes', 'favourites', 'notes']);
export type ExportListName = z.infer<typeof ExportListName>;

export const ExportFile = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  /** The file's bytes, base64 (an .xlsx is binary). */
  base64: z.string(),
  rows: z.number().int(),
});
export type ExportFile = z.infer<typeof ExportFile>;

/** One item of a list as the print view shows it (text only). */
export const PrintRow = z.object({
  subject: z.string(),
  chapter: z.string(),
  type: z.string(),
  stem: z.string(),
  options: z.string(),
  answer: z.string(),
  explanation: z.string(),
  source: z.string(),
  note: z.string(),
});
export type PrintRow = z.infer<typeof PrintRow>;

/** The `export:…` channels: the learner's 错题本, 收藏 and notes as a file. */
export const exportContract = {
  'export:list': { args: z.object({ list: ExportListName, format: z.enum(['xlsx', 'csv']) }), result: ExportFile },
  /** The same items for the print view (打印 / print to PDF), with key and 解析. */
  'export:rows': { args: z.object({ list: ExportListName }), result: z.array(PrintRow) },
} satisfies ContractPart<'export'>;

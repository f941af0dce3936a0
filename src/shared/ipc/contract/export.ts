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

/** The `export:…` channels: the learner's 错题本, 收藏 and notes as a file. */
export const exportContract = {
  'export:list': { args: z.object({ list: ExportListName, format: z.enum(['xlsx', 'csv']) }), result: ExportFile },
} satisfies ContractPart<'export'>;

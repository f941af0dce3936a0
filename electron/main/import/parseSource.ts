import { parseBankJson } from '@core/import/bankJson';
import { parseTable } from '@core/import/table';
import { parseText } from '@core/import/text';
import type { ParseResult } from '@core/import/types';
import type { SubjectId } from '@shared/bank/schema';
import type { ColumnMapping, ImportPreview } from '@shared/ipc/contract/import';
import { rememberedMapping } from './layoutMemory';
import { MAX_IMPORT_BYTES } from './limits';
import { readMsg } from './messages';
import { readImportFile } from './readImportFile';

/** What to read: a chosen file's bytes or pasted text, for a subject, with the columns the learner set (if any). */
export interface SourceInput {
  subject: SubjectId;
  fileName: string;
  bytes?: Uint8Array | undefined;
  text?: string | undefined;
  mapping?: ColumnMapping | undefined;
}

export interface ParsedSource {
  parsed: ParseResult;
  mappingNeeded: string[][] | null;
  mapping: ColumnMapping | null;
  rows: string[][] | null;
  layout: ImportPreview['layout'];
  encoding: string | null;
  sheet: string | null;
}

/** A file or text that cannot be imported at all, with the Chinese message that says why. */
export type SourceResult = { ok: true; source: ParsedSource } | { ok: false; message: string };

/**
 * Reads and parses what is to be imported (no bank needed: the preview is built from this against the bank). Runs in
 * the import worker for big files, inline for small ones. Reads the learner's remembered column mappings; writes nothing.
 */
export async function parseSource(input: SourceInput, learnerDir: string | null): Promise<SourceResult> {
  let layout: ImportPreview['layout'] = 'text';
  let encoding: string | null = null;
  let sheet: string | null = null;
  let mappingNeeded: string[][] | null = null;
  let mapping: ColumnMapping | null = null;
  let rows: string[][] | null = null;
  let parsed: ParseResult;
  if (input.bytes === undefined) {
    if (!input.text?.trim()) return { ok: false, message: readMsg.empty };
    parsed = parseText(input.text, input.subject);
  } else {
    const bytes = input.bytes;
    if (bytes.byteLength > MAX_IMPORT_BYTES) return { ok: false, message: readMsg.tooBig(Math.ceil(bytes.byteLength / 1048576)) };
    const read = await readImportFile(input.fileName, bytes);
    if (!read.ok) return read;
    const src = read.source;
    if (src.kind === 'json') {
      // Our own bank format: the bank's own schemas, item by item (questions/README.md).
      const j = parseBankJson(src.json, input.subject);
      if ('error' in j) return { ok: false, message: j.error };
      parsed = j;
      layout = 'json';
    } else if (src.kind === 'table') {
      rows = src.rows;
      mapping = input.mapping ?? null;
      let t = mapping
        ? parseTable(src.rows, input.subject, { headerRow: mapping.headerRow, map: mapping })
        : parseTable(src.rows, input.subject);
      if ('error' in t && learnerDir) {
        // Not a layout the app knows: a column mapping the learner set for this header before, else ask for one.
        mapping = await rememberedMapping(learnerDir, src.rows);
        if (mapping) t = parseTable(src.rows, input.subject, { headerRow: mapping.headerRow, map: mapping });
      }
      if ('error' in t) {
        mappingNeeded = src.rows.slice(0, 12).map((r) => r.slice(0, 30).map((c) => (c.length > 40 ? `${c.slice(0, 40)}…` : c)));
        t = { items: [], refused: [], header: { row: 0, map: { stem: 0, answer: 0 }, layout: 'custom', signature: '' } };
      }
      parsed = t;
      layout = t.header.layout;
      encoding = src.encoding ?? null;
      sheet = src.sheet ?? null;
    } else {
      parsed = parseText(src.text, input.subject);
      encoding = src.encoding ?? null;
    }
  }
  return { ok: true, source: { parsed, layout, encoding, sheet, mappingNeeded, mapping, rows } };
}

import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { findHeader } from '@core/import/table';
import { decodeText } from './decodeText';
import { MAX_IMPORT_ROWS } from './limits';
import { readMsg } from './messages';

export type SheetRead = { ok: true; rows: string[][]; sheet?: string; encoding?: string } | { ok: false; message: string };

/** A CSV file's rows, through papaparse (delimiter detected: comma, tab or semicolon), after decodeText. */
export function readCsv(bytes: Uint8Array, maxRows = MAX_IMPORT_ROWS): SheetRead {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const parsed = Papa.parse<string[]>(decoded.text, { skipEmptyLines: 'greedy' });
  if (parsed.data.length > maxRows) return { ok: false, message: readMsg.tooManyRows(parsed.data.length, maxRows) };
  if (!parsed.data.length) return { ok: false, message: readMsg.empty };
  return { ok: true, rows: parsed.data, encoding: decoded.encoding };
}

function cellText(cell: ExcelJS.Cell): string {
  try {
    return cell.text ?? '';
  } catch {
    // exceljs throws on a few malformed values (e.g. an error formula without result); treat them as empty.
    return '';
  }
}

function sheetRows(ws: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  const width = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c)));
    rows.push(cells);
  }
  return rows;
}

/**
 * An .xlsx file's rows, through exceljs. Merged cells carry their value into every cell they cover, so a 章节 merged
 * down a column applies to each row. The first sheet with a recognised header is used, else the first with content.
 */
export async function readXlsx(bytes: Uint8Array, maxRows = MAX_IMPORT_ROWS): Promise<SheetRead> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    return { ok: false, message: readMsg.badXlsx };
  }
  let first: { rows: string[][]; sheet: string } | null = null;
  for (const ws of wb.worksheets) {
    if (ws.rowCount > maxRows) return { ok: false, message: readMsg.tooManyRows(ws.rowCount, maxRows) };
    const rows = sheetRows(ws);
    if (!rows.some((r) => r.some((c) => c.trim()))) continue;
    if (findHeader(rows)) return { ok: true, rows, sheet: ws.name };
    first ??= { rows, sheet: ws.name };
  }
  return first ? { ok: true, ...first } : { ok: false, message: readMsg.emptySheet };
}

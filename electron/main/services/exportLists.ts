import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { ExportFile, ExportListName, PrintRow } from '@shared/ipc/contract/export';
import { exportMsg as M } from '../import/messages';
import { favouriteIds, listMistakes } from './collections';
import { describeItem } from './learnerItems';
import type { Services } from './services';

/** One row per item: what a learner needs to study from paper (key and 解析 included), and where it came from. */
async function rowsOf(s: Services, list: ExportListName): Promise<{ header: string[]; rows: string[][] }> {
  const notes = s.collections.notes();
  const base = (id: string): string[] | null => {
    const d = describeItem(s, id);
    if (!d) return null;
    const item = d.item;
    const judge = 'imported' in item && item.judge;
    return [
      s.bank.subject(d.subject)?.def.name ?? d.subject,
      d.chapterTitle,
      judge ? M.judge : item.type === 'single' ? M.single : M.multiple,
      item.stem,
      item.options.map((o) => `${o.key}. ${o.text}`).join('\n'),
      judge ? (item.options.find((o) => o.key === item.answer[0])?.text ?? '') : item.answer.join(''),
      item.explanation,
      'imported' in item ? M.importedFrom(item.imported.file) : M.shipped,
      notes[id]?.text ?? '',
    ];
  };
  const header = [...M.header];
  if (list === 'mistakes') {
    const rows = (await listMistakes(s, {})).flatMap((m) => {
      const r = base(m.id);
      return r ? [[...r, String(m.wrongs), s.day.key(m.lastWrongAt)]] : [];
    });
    return { header: [...header, ...M.mistakeHeader], rows };
  }
  const ids = list === 'favourites' ? favouriteIds(s) : Object.keys(notes).filter((id) => notes[id]!.text.trim());
  return { header, rows: ids.map(base).filter((r): r is string[] => r !== null) };
}

/** The print view's rows: the export's columns by name. */
export async function printRows(s: Services, list: ExportListName): Promise<PrintRow[]> {
  return (await rowsOf(s, list)).rows.map(([subject, chapter, type, stem, options, answer, explanation, source, note]) => ({
    subject: subject!,
    chapter: chapter!,
    type: type!,
    stem: stem!,
    options: options!,
    answer: answer!,
    explanation: explanation!,
    source: source!,
    note: note!,
  }));
}

/**
 * 导出 错题本 / 收藏 / 笔记 as .xlsx (cells are text, never formulas) or .csv (UTF-8 with BOM so Excel shows Chinese;
 * formulas escaped). Read-only.
 */
export async function exportList(s: Services, list: ExportListName, format: 'xlsx' | 'csv'): Promise<ExportFile> {
  const { header, rows } = await rowsOf(s, list);
  const base = `${M.listName[list]}-${s.day.key(s.config.now())}`;
  if (format === 'csv') {
    const content = `\uFEFF${Papa.unparse([header, ...rows], { newline: '\r\n', escapeFormulae: true })}`;
    return {
      fileName: `${base}.csv`,
      mimeType: 'text/csv;charset=utf-8',
      base64: Buffer.from(content, 'utf8').toString('base64'),
      rows: rows.length,
    };
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(M.listName[list]);
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.columns.forEach((c, i) => {
    c.width = [14, 18, 6, 50, 40, 8, 50, 18, 30, 8, 12][i] ?? 12;
    c.alignment = { wrapText: true, vertical: 'top' };
  });
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return {
    fileName: `${base}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: bytes.toString('base64'),
    rows: rows.length,
  };
}

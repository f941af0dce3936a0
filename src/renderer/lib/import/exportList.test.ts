import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { inProcessBackend } from '../../../../test/support/inProcessBackend';
import { saveExport } from './exportList';

describe('saveExport', () => {
  it('saves the file main made, as bytes, and says how many items it holds', async () => {
    const saved: { name: string; bytes: Uint8Array; type: string }[] = [];
    const r = await saveExport(await inProcessBackend(), 'favourites', 'xlsx', (name, bytes, type) => saved.push({ name, bytes, type }));
    expect(r).toEqual({ ok: true, text: expect.stringMatching(/^已导出 0 题：收藏-\d{4}-\d{2}-\d{2}\.xlsx$/) });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(saved[0]!.bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getRow(1).getCell(4).value).toBe('题干');
  });
});

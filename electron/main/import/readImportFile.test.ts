import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseTable } from '@core/import/table';
import { parseText } from '@core/import/text';
import { readImportFile, type ReadResult } from './readImportFile';

async function xlsx(build: (ws: ExcelJS.Worksheet) => void, sheets = 1): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (let i = 1; i < sheets; i++) wb.addWorksheet(`空表${i}`);
  build(wb.addWorksheet('题库'));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
async function docx(paragraphs: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`).join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
}

const source = (r: ReadResult) => {
  if (!r.ok) throw new Error(r.message);
  return r.source;
};
const rowsOf = (r: ReadResult) => {
  const s = source(r);
  if (s.kind !== 'table') throw new Error(s.kind);
  return s.rows;
};
const items = (r: ReadResult) => {
  const t = parseTable(rowsOf(r), 'jc');
  if ('error' in t) throw new Error(t.error);
  return t;
};

describe('readImportFile: sheets', () => {
  it('reads an .xlsx with title rows, a merged title and a 章节 merged down the rows', async () => {
    const bytes = await xlsx((ws) => {
      ws.addRow(['示例机构练习题（测试数据）']);
      ws.mergeCells('A1:H1');
      ws.addRow([]);
      ws.addRow(['题号', '题型', '题干', 'A', 'B', 'C', 'D', '答案', '解析', '章节']);
      ws.addRow([1, '单选', '题一', '甲', '乙', '丙', '丁', 'A', '示例解析', '志愿服务']);
      ws.addRow([2, '多选', '题二', '甲', '乙', '丙', '丁', 'B、D', '', '']);
      ws.mergeCells('J4:J5');
      ws.addRow([3, '单选', '题三', 100, 200, 300, 400, 'F', '', '']);
    }, 2);
    const t = items(await readImportFile('机构题库.xlsx', bytes));
    expect(t.header.row).toBe(2);
    expect(t.items.map((i) => [i.stem, i.answer.join(''), i.chapterText])).toEqual([
      ['题一', 'A', '志愿服务'],
      ['题二', 'BD', '志愿服务'],
    ]);
    expect(t.refused).toEqual([{ source: { kind: 'row', line: 6 }, excerpt: '题三', reason: '答案 F 不是选项' }]);
  });

  it.each([
    ['UTF-8', (s: string) => Buffer.from(s, 'utf8')],
    ['UTF-8 with BOM', (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')])],
    ['UTF-16 with BOM', (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(s, 'utf-16le')])],
    ['GBK', (s: string) => iconv.encode(s, 'gbk')],
  ])('reads a %s CSV in 考试宝 layout', async (_label, encode) => {
    const csv =
      '题干,题型,选项A,选项B,选项C,选项D,正确答案,解析,章节\r\n"示例题干，含逗号",单选题,甲,乙,丙,丁,C,"解析第一行\n解析第二行",\r\n';
    const t = items(await readImportFile('题库.csv', new Uint8Array(encode(csv))));
    expect(t.header.layout).toBe('kaoshibao');
    expect(t.items[0]).toMatchObject({ stem: '示例题干，含逗号', answer: ['C'], explanation: '解析第一行\n解析第二行' });
  });

  it('refuses a sheet with more rows than the cap, naming the cap', async () => {
    const csv = `题干,答案\n${'题,A\n'.repeat(100_000)}`;
    const r = await readImportFile('大表.csv', new Uint8Array(Buffer.from(csv)));
    expect(r).toEqual({ ok: false, message: '表格有 100001 行，一次最多导入 50000 行。请把表格拆成几个文件再导入。' });
    const sheet = await xlsx((ws) => {
      for (let i = 0; i < 30; i++) ws.addRow(['题', 'A']);
    });
    expect(await readImportFile('a.xlsx', sheet, { maxRows: 20 })).toMatchObject({
      ok: false,
      message: expect.stringContaining('最多导入 20 行'),
    });
  });
});

describe('readImportFile: text and Word', () => {
  const paras = ['一、单项选择题', '1．示例单选题干（　）', 'A．甲', 'B．乙', 'C．丙', 'D．丁', '【答案】B', '【解析】示例解析。'];

  it('reads a .docx through its text', async () => {
    const s = source(await readImportFile('讲义.docx', await docx(paras)));
    expect(s.kind).toBe('text');
    const r = parseText(s.kind === 'text' ? s.text : '', 'jc');
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ stem: '示例单选题干（　）', answer: ['B'], typeSource: 'section', explanation: '示例解析。' });
  });

  it('reads a GBK .txt', async () => {
    const s = source(await readImportFile('题.txt', new Uint8Array(iconv.encode(paras.join('\r\n'), 'gbk'))));
    expect(s).toMatchObject({ kind: 'text', encoding: 'gbk' });
    expect(parseText(s.kind === 'text' ? s.text : '', 'jc').items).toHaveLength(1);
  });
});

describe('readImportFile: bad input never throws and says what to do', () => {
  it.each([
    ['empty file', '空.txt', new Uint8Array(), '这个文件是空的'],
    ['only blanks', '空.txt', new Uint8Array(Buffer.from('  \n\n ')), '这个文件是空的'],
    ['damaged .xlsx', '坏.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'Excel 文件打不开'],
    ['text named .xlsx', '假.xlsx', new Uint8Array(Buffer.from('题干,答案')), 'Excel 文件打不开'],
    ['old .xls', '旧.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), '旧版 Excel'],
    ['damaged .docx', '坏.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]), 'Word 文件打不开'],
    ['old .doc', '旧.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), '旧版 Word'],
    [
      'binary named .txt',
      '图.txt',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      '不是文字文件',
    ],
    ['zip named .txt', '包.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0x21, 0, 0xb1, 0x9c]), '不是文字文件'],
    ['bad JSON', '库.json', new Uint8Array(Buffer.from('{"bankVersion":')), '不是有效的题库文件'],
    ['unknown type', '图.png', new Uint8Array([1, 2, 3]), '不认识'],
  ])('%s', async (_label, name, bytes, message) => {
    const r = await readImportFile(name, bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });

  it('refuses a file over the 50 MB cap before reading it', async () => {
    const r = await readImportFile('大.txt', new Uint8Array(50 * 1024 * 1024 + 1));
    expect(r).toEqual({ ok: false, message: '文件太大（51 MB）。一次最多导入 50 MB 的文件，请把题库拆成几个文件再导入。' });
  });

  it('reads a docx that has no text as empty, and a .docx holding an .xlsx as no items', async () => {
    expect(await readImportFile('空.docx', await docx([]))).toMatchObject({ ok: false, message: expect.stringContaining('空的') });
    const notWord = await xlsx((ws) => ws.addRow(['题干', '答案']));
    const r = await readImportFile('表.docx', notWord);
    expect(r.ok).toBe(false);
  });
});

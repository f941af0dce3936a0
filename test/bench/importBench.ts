/**
 * Import benchmarks (issue 16): parse and preview a 10,000-row .xlsx and a 10,000-item .txt, and the .xlsx time
 * against exceljs's bare load of the same file. Called from run.ts; also runnable alone: `npx tsx test/bench/importBench.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { buildPreview } from '@core/import/preview';
import { parseTable } from '@core/import/table';
import { parseText } from '@core/import/text';
import { SyllabusTree } from '@shared/bank/schema';
import { readImportFile } from '../../electron/main/import/readImportFile';
import { repoRoot } from '../support/repoRoot';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const chapters = SyllabusTree.parse(JSON.parse(readFileSync(join(repoRoot, 'questions/syllabus/2025/jc.json'), 'utf8'))).chapters;
const titles = chapters.map((c) => c.title);

async function xlsx10k(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('题库');
  ws.addRow(['基准测试题库']);
  ws.addRow(['题干', '题型', '选项A', '选项B', '选项C', '选项D', '选项E', '正确答案', '解析', '章节', '难度']);
  for (let i = 0; i < 10_000; i++) {
    const multi = i % 4 === 0;
    ws.addRow([
      `第 ${i} 道基准测试题：社会工作者在服务中最应当注意的是（　）。`,
      multi ? '多选题' : '单选题',
      `选项一 ${i}`,
      `选项二 ${i}`,
      `选项三 ${i}`,
      `选项四 ${i}`,
      multi ? `选项五 ${i}` : '',
      multi ? 'ACD' : 'B',
      '基准测试用的解析文字，说明为什么这个选项是对的。',
      titles[i % titles.length],
      '中',
    ]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function txt10k(): Uint8Array {
  const out: string[] = ['一、单项选择题'];
  for (let i = 1; i <= 10_000; i++) {
    out.push(
      `${i}．第 ${i} 道基准测试题：社会工作者在服务中最应当注意的是（　）。`,
      `A．选项一 ${i}`,
      `B．选项二 ${i}`,
      `C．选项三 ${i}`,
      `D．选项四 ${i}`,
    );
    out.push('【答案】C', '【解析】基准测试用的解析文字。');
  }
  return new TextEncoder().encode(out.join('\n'));
}

export async function benchImport(runs = 3): Promise<Record<string, number | string>> {
  const x = await xlsx10k();
  const t = txt10k();
  const ours: number[] = [];
  const bare: number[] = [];
  const text: number[] = [];
  for (let r = 0; r < runs; r++) {
    let t0 = performance.now();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(x) as unknown as ArrayBuffer);
    bare.push(performance.now() - t0);

    t0 = performance.now();
    const read = await readImportFile('bench.xlsx', x);
    if (!read.ok || read.source.kind !== 'table') throw new Error('bench xlsx not read');
    const parsed = parseTable(read.source.rows, 'jc');
    if ('error' in parsed) throw new Error(parsed.error);
    const p = buildPreview(parsed, { existingIds: new Set(), chapters });
    ours.push(performance.now() - t0);
    if (p.items.length !== 10_000) throw new Error(`bench xlsx: ${p.items.length} items`);

    t0 = performance.now();
    const readT = await readImportFile('bench.txt', t);
    if (!readT.ok || readT.source.kind !== 'text') throw new Error('bench txt not read');
    const pt = buildPreview(parseText(readT.source.text, 'jc'), { existingIds: new Set(), chapters });
    text.push(performance.now() - t0);
    if (pt.items.length !== 10_000) throw new Error(`bench txt: ${pt.items.length} items`);
  }
  return {
    importXlsx10kMs: round(median(ours)),
    importXlsx10kBareReadMs: round(median(bare)),
    importXlsx10kVsRead: round(median(ours) / median(bare), 2),
    importTxt10kMs: round(median(text)),
    importNote:
      'read + parse + preview (refusals, duplicates, chapter matches) of 10,000 items; VsRead = against exceljs workbook.xlsx.load alone; goal ≤ 3',
  };
}

if (process.argv[1]?.endsWith('importBench.ts')) console.table(await benchImport());

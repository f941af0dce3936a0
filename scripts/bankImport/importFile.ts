import { basename } from 'node:path';
import { indexBank } from '@core/bank/bankIndex';
import { validateBank, type RawFile } from '@core/bank/validateBank';
import { buildPreview, whereOf, type Preview } from '@core/import/preview';
import { parseBankJson } from '@core/import/bankJson';
import { parseTable } from '@core/import/table';
import { parseText } from '@core/import/text';
import type { ParseResult } from '@core/import/types';
import { unsortedChapterId, type SubjectId } from '@shared/bank/schema';
import { readImportFile } from '../../electron/main/import/readImportFile';
import { assembleBank } from '../../electron/main/services/importBank';

export interface CliImport {
  preview: Preview;
  bank: ReturnType<typeof assembleBank>['json'] | null;
  skipped: number;
}

/**
 * The bulk import for centres: the app's own reader and parser on one file, the preview against the shipped bank and
 * the banks already in the target folder, and the bank file to write (chapters: exact matches, or `chapter` for all
 * others). Throws the learner-facing message when the file cannot be read.
 */
export async function importForCli(o: {
  fileName: string;
  bytes: Uint8Array;
  subject: SubjectId;
  shipped: { subjectsFile: RawFile; treeFiles: RawFile[]; bankFiles: RawFile[] };
  existing: RawFile[];
  chapter?: string | undefined;
  at: number;
}): Promise<CliImport> {
  const bank = indexBank(validateBank({ ...o.shipped, bankFiles: [...o.shipped.bankFiles, ...o.existing] }));
  const sub = bank.subject(o.subject);
  if (!sub) throw new Error(`没有科目 ${o.subject}（可选：${bank.subjects.map((s) => s.def.id).join('、')}）`);
  const read = await readImportFile(o.fileName, o.bytes);
  if (!read.ok) throw new Error(read.message);
  let parsed: ParseResult;
  if (read.source.kind === 'json') {
    const j = parseBankJson(read.source.json, o.subject);
    if ('error' in j) throw new Error(j.error);
    parsed = j;
  } else if (read.source.kind === 'table') {
    const t = parseTable(read.source.rows, o.subject);
    if ('error' in t) throw new Error(t.error);
    parsed = t;
  } else parsed = parseText(read.source.text, o.subject);
  const preview = buildPreview(parsed, { existingIds: { has: (id) => bank.item(id) !== undefined }, chapters: sub.chapters });
  // The subject's chapters and its 未分章 (`--chapter jc-unsorted`).
  const ids = new Set([...sub.chapters.map((c) => c.id), unsortedChapterId(o.subject)]);
  if (o.chapter !== undefined && !ids.has(o.chapter)) throw new Error(`章节 ${o.chapter} 不属于科目 ${o.subject}`);
  const choices = Object.fromEntries(
    preview.chapters.filter((c) => c.match.kind !== 'exact').map((c) => [c.text, o.chapter ?? null] as const),
  );
  const { json, skipped } = assembleBank(preview, choices, o.subject, ids, { file: basename(o.fileName), at: o.at, scope: 'centre' });
  return { preview, bank: json.items.length ? json : null, skipped };
}

const cut = (s: string, n: number) => {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

/** The preview as plain-text tables: chapters, refused rows with reasons, and the items. */
export function formatPreview(r: CliImport): string {
  const p = r.preview;
  const out: string[] = [];
  out.push(`能导入 ${p.items.length} 题；不能导入 ${p.refused.length} 处；章节没对上、未导入 ${r.skipped} 题。`, '');
  out.push('章节对应', '文件里写的章节\t题数\t结果\t对应到');
  for (const c of p.chapters) {
    const kind = c.match.kind === 'exact' ? '已对上' : c.match.kind === 'close' ? '接近（需确认，用 --chapter 指定）' : '没对上';
    out.push(`${c.text || '（没写章节）'}\t${c.count}\t${kind}\t${c.match.chapterId ?? '-'}`);
  }
  if (p.refused.length) {
    out.push('', '不能导入的', '位置\t原因\t内容');
    for (const x of p.refused) out.push(`${whereOf(x.source)}\t${x.reason}\t${cut(x.excerpt, 30)}`);
  }
  out.push('', '能导入的', '位置\t题型\t答案\t章节\t题干');
  for (const i of p.items) {
    const type = i.judge ? '判断' : i.type === 'single' ? '单选' : '多选';
    out.push(`${whereOf(i.source)}\t${type}\t${i.answer.join('')}\t${i.chapterText || '-'}\t${cut(i.stem, 40)}`);
  }
  return `${out.join('\n')}\n`;
}

import { readdir, readFile, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { buildPreview, whereOf, type Preview } from '@core/import/preview';
import { ImportedBankFile, type ImportedItemData } from '@shared/bank/importedSchema';
import { unsortedChapterId, type SubjectId } from '@shared/bank/schema';
import { AppError } from '@shared/errors';
import type { BankScope, ImportedBankInfo, ImportInput, ImportPreview } from '@shared/ipc/contract/import';
import { centreFolderOf } from '../bank/centreFolder';
import { learnerBanksDirOf } from '../bank/readBankDir';
import { rememberMapping } from '../import/layoutMemory';
import { importMsg, readMsg } from '../import/messages';
import { cancelParses, parseOffThread } from '../import/offThread';
import type { ParsedSource } from '../import/parseSource';
import { bankKey, setTodayBank, todayBanksOf } from '../import/todayBanks';
import { DurableJsonFile } from '../storage/durableJsonFile';
import { centreBanksDirOf, classBankIdOf } from '../sync/centreBankFiles';
import { readSyncState } from '../sync/syncState';
import { requireAdmin } from './admin';
import type { Services } from './services';

const LISTED = 1000;

interface Parsed extends Omit<ParsedSource, 'parsed'> {
  preview: Preview;
}

/**
 * Reads and parses the input (a big file in a worker thread) and builds the preview against the bank as loaded now.
 * Writes nothing.
 */
async function parseInput(s: Services, input: ImportInput): Promise<Parsed> {
  const sub = s.bank.subject(input.subject);
  if (!sub) throw new AppError('NOT_FOUND', importMsg.subjectMissing);
  if (input.data === undefined && !input.text?.trim()) throw new AppError('REFUSED', readMsg.empty);
  const r = await parseOffThread(
    {
      subject: input.subject,
      fileName: input.fileName,
      bytes: input.data === undefined ? undefined : new Uint8Array(Buffer.from(input.data, 'base64')),
      text: input.data === undefined ? input.text : undefined,
      mapping: input.mapping,
    },
    s.learnerId ? s.learnerDir(s.learnerId) : null,
    { log: (m) => s.config.log(m) },
  );
  if (!r.ok) throw new AppError('REFUSED', 'cancelled' in r ? importMsg.cancelled : r.message);
  const { parsed, ...rest } = r.source;
  const preview = buildPreview(parsed, { existingIds: { has: (id) => s.bank.item(id) !== undefined }, chapters: sub.chapters });
  return { preview, ...rest };
}

/** 停止读取: stops the files being analysed for import (nothing was written). */
export function cancelImportParses(): { stopped: number } {
  return { stopped: cancelParses() };
}

/** 导入题库, step 1: what the file holds, what will be imported and what not (with reasons). Writes nothing. */
export async function previewImport(s: Services, input: ImportInput): Promise<ImportPreview> {
  const { preview, layout, encoding, sheet, mappingNeeded, mapping } = await parseInput(s, input);
  return {
    mappingNeeded,
    mapping,
    fileName: input.fileName,
    subject: input.subject,
    layout,
    encoding,
    sheet,
    items: preview.items.slice(0, LISTED).map((i) => ({
      id: i.id,
      type: i.type,
      judge: i.judge,
      typeSource: i.typeSource,
      stem: i.stem,
      options: i.options,
      answer: i.answer,
      explanation: i.explanation,
      chapterText: i.chapterText,
      where: whereOf(i.source),
    })),
    itemCount: preview.items.length,
    refused: preview.refused.slice(0, LISTED).map((r) => ({ where: whereOf(r.source), excerpt: r.excerpt, reason: r.reason })),
    refusedCount: preview.refused.length,
    chapters: preview.chapters.map((c) => ({ text: c.text, count: c.count, ...c.match })),
  };
}

function folderOf(s: Services, scope: 'learner' | 'centre'): string {
  if (scope === 'centre') return centreFolderOf(s.config, s.machine).dir;
  const id = s.learnerId;
  if (!id) throw new AppError('FORBIDDEN', '请先在开始页面选择学员。');
  return learnerBanksDirOf(s.learnerDir(id));
}

/** A file name safe on Windows and Linux, from the imported file's name. */
const safeStem = (name: string): string =>
  basename(name)
    .replace(/\.[^.]*$/, '')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_')
    .slice(0, 60) || '导入';

/**
 * The bank file an import writes: every valid item of the preview with its chapter (the learner's choice for that row,
 * else for its 章节 text, else its exact match). Items whose chapter is neither chosen nor matched are left out (章节对不上).
 */
export function assembleBank(
  preview: Preview,
  choices: Record<string, string | null>,
  subject: SubjectId,
  chapterIds: ReadonlySet<string>,
  from: { file: string; at: number; scope: 'learner' | 'centre' },
  rows: Record<string, string | null> = {},
): { json: { bankVersion: 1; subject: SubjectId; imported: typeof from; items: ImportedItemData[] }; skipped: number } {
  const chapterOf = new Map<string, string | null>();
  for (const c of preview.chapters) {
    const chosen = Object.hasOwn(choices, c.text) ? choices[c.text]! : c.match.kind === 'exact' ? c.match.chapterId : null;
    if (chosen !== null && !chapterIds.has(chosen)) throw new AppError('BAD_REQUEST', importMsg.chapterNotInSubject(chosen));
    chapterOf.set(c.text, chosen);
  }
  for (const chosen of Object.values(rows)) {
    if (chosen !== null && !chapterIds.has(chosen)) throw new AppError('BAD_REQUEST', importMsg.chapterNotInSubject(chosen));
  }
  const items: ImportedItemData[] = [];
  let skipped = 0;
  for (const i of preview.items) {
    const chapter = Object.hasOwn(rows, i.id) ? rows[i.id]! : (chapterOf.get(i.chapterText) ?? null);
    if (!chapter) {
      skipped++;
      continue;
    }
    items.push({
      id: i.id,
      type: i.type,
      ...(i.judge ? { judge: true } : {}),
      chapter,
      stem: i.stem,
      options: i.options,
      answer: i.answer,
      explanation: i.explanation,
    });
  }
  return { json: { bankVersion: 1, subject, imported: from, items }, skipped };
}

/**
 * 导入题库, step 2: writes the valid items to one new bank file, atomically, in the learner's folder (我的题库) or,
 * with the administrator PIN, the centre folder (机构题库), then reads the banks again (validated as every bank is).
 * Items already in the bank are left out, so importing the same file twice adds nothing twice.
 */
export async function commitImport(
  s: Services,
  input: ImportInput & {
    chapters: Record<string, string | null>;
    rows?: Record<string, string | null> | undefined;
    scope: 'learner' | 'centre';
    adminPin?: string | undefined;
  },
): Promise<{ added: number; skipped: number; bankFile: string }> {
  if (input.scope === 'centre') await requireAdmin(s, input.adminPin);
  const { preview, rows } = await parseInput(s, input);
  // The subject's chapters and its 未分章 (which an imported item may go to).
  const chapterIds = new Set([...s.bank.subject(input.subject)!.chapters.map((c) => c.id), unsortedChapterId(input.subject)]);
  const at = s.config.now();
  const { json, skipped } = assembleBank(
    preview,
    input.chapters,
    input.subject,
    chapterIds,
    {
      file: basename(input.fileName),
      at,
      scope: input.scope,
    },
    input.rows ?? {},
  );
  if (!json.items.length) throw new AppError('REFUSED', preview.items.length ? importMsg.chapterUnmatched : importMsg.nothingToImport);
  const bankFile = `导入-${safeStem(input.fileName)}-${at}.json`;
  await new DurableJsonFile(join(folderOf(s, input.scope), bankFile)).write(json);
  // A column mapping the learner set is remembered for the next file with the same header.
  if (input.mapping && rows && s.learnerId) await rememberMapping(s.learnerDir(s.learnerId), rows, input.mapping);
  await s.reloadBank(centreFolderOf(s.config, s.machine).dir);
  const added = json.items.filter((i) => s.bank.item(i.id)).length;
  return { added, skipped: skipped + preview.refused.length, bankFile };
}

async function importedIn(dir: string, scope: BankScope, s: Services): Promise<ImportedBankInfo[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    return [];
  }
  const out: ImportedBankInfo[] = [];
  const on = s.learnerId ? todayBanksOf(s.learnerDir(s.learnerId)) : new Set<string>();
  for (const bankFile of names) {
    // The class banks' folder holds only what the sync wrote (bank-<id>-<hash>.json); anything else is not listed.
    if (scope === 'class' && classBankIdOf(bankFile) === null) continue;
    try {
      const env = ImportedBankFile.safeParse(JSON.parse(await readFile(join(dir, bankFile), 'utf8')));
      if (!env.success) continue;
      const items = env.data.items.filter((i) => typeof i === 'object' && i !== null && s.bank.item(String((i as { id?: unknown }).id)));
      out.push({
        bankFile,
        scope,
        subject: env.data.subject,
        file: env.data.imported.file,
        at: env.data.imported.at,
        items: items.length,
        unsorted: items.filter((i) => (i as { chapter?: unknown }).chapter === unsortedChapterId(env.data.subject)).length,
        today: on.has(bankKey(scope, bankFile)),
      });
    } catch {
      // A damaged file is reported by the bank check (its problems), not here.
    }
  }
  return out;
}

/** The host:port a centre's address shows the learner (as they typed it in 连接培训机构). */
const centreAddress = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/**
 * The class's banks pulled from the connected centre (imported-banks/centre/ of the open learner), each with its class
 * and centre. Listed while the link is there: 断开 removes them (a revoked link keeps them until then).
 */
async function classBanks(s: Services): Promise<ImportedBankInfo[]> {
  if (!s.learnerId) return [];
  const dir = s.learnerDir(s.learnerId);
  const link = await readSyncState(dir);
  const banks = await importedIn(centreBanksDirOf(dir), 'class', s);
  const origin = link && link !== 'unreadable' ? { className: link.className, centre: centreAddress(link.centreUrl) } : undefined;
  return banks.map((b) => (origin ? { ...b, origin } : b));
}

/**
 * 我的题库: the imported banks in the learner's folder, the centre folder and the class banks pulled from a connected
 * centre, with how many of their items are in use.
 */
export async function listImported(s: Services): Promise<ImportedBankInfo[]> {
  const mine = s.learnerId ? await importedIn(folderOf(s, 'learner'), 'learner', s) : [];
  return [...mine, ...(await importedIn(folderOf(s, 'centre'), 'centre', s)), ...(await classBanks(s))];
}

/**
 * Removes an imported bank file. The learner's answers to its items stay in the log; the items leave the queues,
 * 错题本 and 收藏 as withdrawn items do (collections:withdrawn counts them).
 */
export async function removeImported(
  s: Services,
  args: { bankFile: string; scope: 'learner' | 'centre'; adminPin?: string | undefined },
): Promise<{ removed: number }> {
  if (args.scope === 'centre') await requireAdmin(s, args.adminPin);
  const dir = folderOf(s, args.scope);
  const known = await importedIn(dir, args.scope, s);
  const bank = known.find((b) => b.bankFile === args.bankFile && basename(args.bankFile) === args.bankFile);
  if (!bank) throw new AppError('NOT_FOUND', importMsg.unknownBank);
  await unlink(join(dir, bank.bankFile));
  await s.reloadBank(centreFolderOf(s.config, s.machine).dir);
  return { removed: bank.items };
}

/**
 * 今日学习 switch of an imported bank (我的题库, 机构题库 or a class bank), for the open learner: off until switched on.
 * A class bank's switch is kept by its id at the centre, so it holds for the bank's next version too.
 */
export async function setImportedToday(
  s: Services,
  args: { bankFile: string; scope: BankScope; on: boolean },
): Promise<{ today: boolean }> {
  const id = s.learnerId;
  if (!id) throw new AppError('FORBIDDEN', '请先在开始页面选择学员。');
  const known = args.scope === 'class' ? await classBanks(s) : await importedIn(folderOf(s, args.scope), args.scope, s);
  // A class bank re-pulled since the list was shown is another file of the same bank: matched by its id.
  if (!known.some((b) => bankKey(args.scope, b.bankFile) === bankKey(args.scope, args.bankFile)))
    throw new AppError('NOT_FOUND', importMsg.unknownBank);
  await setTodayBank(s.learnerDir(id), bankKey(args.scope, args.bankFile), args.on);
  return { today: args.on };
}

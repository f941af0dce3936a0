import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isShippedFormat, shippedAsImported } from '@core/bank/shippedAsImported';
import { validateBank, type BankProblem, type RawFile } from '@core/bank/validateBank';
import { MAX_CENTRE_BANK_BYTES, type CentreBank, type CentreBankRef } from '@shared/centre/contract';
import type { Db, Queryable } from './db';
import { CentreError } from './errors';
import { sha256 } from './secrets';

/** The app's questions folder (subjects and syllabus trees the upload is checked against), beside this service. */
export const QUESTIONS_DIR = fileURLToPath(new URL('../../questions', import.meta.url));

export const BANK_M = {
  tooLarge: `题库文件太大（超过 ${MAX_CENTRE_BANK_BYTES / 1024 / 1024} MB），没有上传。请把它分成几个文件再上传。`,
  notJson: '题库文件不是有效的 JSON，没有上传。请上传社工路的题库文件（.json，格式见 questions/README.md）。',
  notBank: (why: string) => `这不是社工路的题库文件，没有上传：${why}`,
  badItems: (n: number, first: string) => `题库文件里有 ${n} 处问题，没有上传。请改好后再上传。第一处：${first}`,
  empty: '题库文件里没有题目，没有上传。',
  noBank: '没有这个题库，或它不属于这个班级。',
};

let syllabus: Promise<{ subjectsFile: RawFile; treeFiles: RawFile[] }> | null = null;

async function readJson(path: string, name: string): Promise<RawFile> {
  try {
    return { path: name, json: JSON.parse(await readFile(path, 'utf8')) as unknown };
  } catch (e) {
    return { path: name, json: undefined, parseError: e instanceof Error ? e.message : String(e) };
  }
}

/** subjects.json and syllabus/** of the questions folder, read once. */
function syllabusOf(dir: string) {
  syllabus ??= (async () => {
    const entries = await readdir(join(dir, 'syllabus'), { withFileTypes: true, recursive: true });
    const trees = entries.filter((e) => e.isFile() && e.name.endsWith('.json')).map((e) => join(e.parentPath, e.name));
    return {
      subjectsFile: await readJson(join(dir, 'subjects.json'), 'subjects.json'),
      treeFiles: await Promise.all(trees.sort().map((p) => readJson(p, p))),
    };
  })();
  return syllabus;
}

/**
 * Checks an uploaded bank file with the app's own bank validator (the same check every PC runs again on each read) and
 * returns the file the PCs will write: the bank in the imported format, marked as this centre's bank named `name`. A
 * file in the shipped format (questions/banks) is first checked by the shipped bank's validator and its items given
 * content ids (as 导入题库 does), so it is stored in the same imported format.
 * Refuses (400, in Chinese) a file that is too large, not JSON, not a bank, or with any item the validator rejects.
 */
export async function checkUploadedBank(content: string, name: string, at: number, questionsDir = QUESTIONS_DIR): Promise<string> {
  if (Buffer.byteLength(content, 'utf8') > MAX_CENTRE_BANK_BYTES) throw new CentreError(413, 'BANK_TOO_LARGE', BANK_M.tooLarge);
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch {
    throw new CentreError(400, 'BANK_NOT_JSON', BANK_M.notJson);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new CentreError(400, 'BANK_INVALID', BANK_M.notBank('内容应是一个对象（bankVersion、subject、items）'));
  const { bankVersion, subject, items } = raw as Record<string, unknown>;
  if (!Array.isArray(items)) throw new CentreError(400, 'BANK_INVALID', BANK_M.notBank('缺少题目列表 items'));
  if (!items.length) throw new CentreError(400, 'BANK_INVALID', BANK_M.empty);
  const { subjectsFile, treeFiles } = await syllabusOf(questionsDir);
  const file = `机构题库/${name}`;
  let bankItems: unknown[] = items;
  // The shipped format (questions/banks): checked by the shipped bank's validator, then stored as imported items.
  if (isShippedFormat(items)) {
    const shipped = shippedAsImported({ subjectsFile, treeFiles, bank: { path: file, json: { bankVersion, subject, items } } });
    refuseProblems(shipped.problems, shipped.items.length);
    bankItems = shipped.items;
  }
  const bank = { bankVersion, subject, imported: { file: name, at, scope: 'centre' }, items: bankItems };
  // Every bank is then checked as the PCs check it on each read (the imported format).
  const checked = validateBank({ subjectsFile, treeFiles, bankFiles: [{ path: file, json: bank }] });
  refuseProblems(
    checked.problems.filter((p) => p.file === file),
    checked.items.length,
  );
  if (!checked.items.length) throw new CentreError(400, 'BANK_INVALID', BANK_M.empty);
  return JSON.stringify(bank);
}

/** Refuses an upload (400) with the first of the validator's problems, if there is one. */
function refuseProblems(problems: readonly BankProblem[], validItems: number): void {
  if (!problems.length) return;
  const p = problems[0]!;
  const where = [p.itemId, p.field === '(整体)' ? null : p.field].filter(Boolean).join(' ');
  const first = `${where ? `${where}：` : ''}${p.message}`;
  if (!p.itemId && problems.length === 1 && validItems === 0) throw new CentreError(400, 'BANK_INVALID', BANK_M.notBank(first));
  throw new CentreError(400, 'BANK_INVALID', BANK_M.badItems(problems.length, first));
}

/** Stores a checked bank for a class; a bank of the same 名称 is replaced (the PCs fetch it again: its hash changed). */
export async function uploadBank(db: Db, now: number, classId: number, name: string, content: string): Promise<CentreBankRef> {
  const stored = await checkUploadedBank(content, name, now);
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO banks (class_id, name, content, hash, uploaded_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (class_id, name) DO UPDATE SET content = EXCLUDED.content, hash = EXCLUDED.hash, uploaded_at = EXCLUDED.uploaded_at
     RETURNING id`,
    [classId, name, stored, sha256(stored), now],
  );
  return { id: row!.id, name, hash: sha256(stored), uploadedAt: now };
}

/** The class's banks without their content (what a pull lists, what the teacher's page shows). */
export async function listBanks(q: Queryable, classId: number): Promise<CentreBankRef[]> {
  const rows = await q.query<{ id: number; name: string; hash: string; uploaded_at: string }>(
    'SELECT id, name, hash, uploaded_at::text FROM banks WHERE class_id = $1 ORDER BY id',
    [classId],
  );
  return rows.map((r) => ({ id: r.id, name: r.name, hash: r.hash, uploadedAt: Number(r.uploaded_at) }));
}

/** One bank of the class, with its content; 404 when it is not (or no longer) the class's. */
export async function bankOfClass(q: Queryable, classId: number, bankId: number): Promise<CentreBank> {
  const [r] = await q.query<{ id: number; name: string; hash: string; uploaded_at: string; content: string }>(
    'SELECT id, name, hash, uploaded_at::text, content FROM banks WHERE class_id = $1 AND id = $2',
    [classId, bankId],
  );
  if (!r) throw new CentreError(404, 'NO_BANK', BANK_M.noBank);
  return { id: r.id, name: r.name, hash: r.hash, uploadedAt: Number(r.uploaded_at), content: r.content };
}

/** Removes a bank of the class: at their next sync the PCs drop it (the learners' answers to it stay). */
export async function deleteBank(db: Db, classId: number, bankId: number): Promise<void> {
  const rows = await db.query('DELETE FROM banks WHERE class_id = $1 AND id = $2 RETURNING id', [classId, bankId]);
  if (!rows.length) throw new CentreError(404, 'NO_BANK', BANK_M.noBank);
}

import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ImportedBankFile, ImportedItem } from '@shared/bank/importedSchema';
import { MAX_CENTRE_BANK_BYTES, type CentreBank, type CentreBankRef } from '@shared/centre/contract';
import { learnerBanksDirOf } from '../bank/readBankDir';
import { DurableJsonFile } from '../storage/durableJsonFile';

/**
 * The class's banks pulled from the centre live in `<learner folder>/imported-banks/centre/`, one file per bank named
 * by its id and content hash: the bank loader reads them with the learner's own imported banks (checked by the same
 * validator on every read; their items are marked with the bank's 名称). A changed hash is a new file, a bank the
 * centre no longer lists is removed (the learner's answers stay: its items show as 已删除).
 */
export const centreBanksDirOf = (learnerDir: string): string => join(learnerBanksDirOf(learnerDir), 'centre');

const fileOf = (b: Pick<CentreBankRef, 'id' | 'hash'>) => `bank-${b.id}-${b.hash.slice(0, 16)}.json`;

/** The centre's id of the bank a file of this folder holds (stable across its versions), or null for another name. */
export function classBankIdOf(file: string): number | null {
  const m = /^bank-(\d{1,15})-[0-9a-f]{1,64}\.json$/.exec(file);
  return m ? Number(m[1]) : null;
}

/** 断开: the class's banks leave this PC (the learner's answers to them stay). Returns whether any file was there. */
export async function removeCentreBanks(learnerDir: string): Promise<boolean> {
  const dir = centreBanksDirOf(learnerDir);
  const had = await readdir(dir).then(
    (n) => n.length > 0,
    () => false,
  );
  await rm(dir, { recursive: true, force: true });
  return had;
}

/** Why a bank from the centre is not stored, or null when it may be: the same limits as an upload, checked again here. */
export function refusalOf(b: CentreBank): string | null {
  if (Buffer.byteLength(b.content, 'utf8') > MAX_CENTRE_BANK_BYTES) return '文件太大';
  let json: unknown;
  try {
    json = JSON.parse(b.content);
  } catch {
    return '不是有效的 JSON';
  }
  const env = ImportedBankFile.safeParse(json);
  if (!env.success) return '不是社工路的题库文件';
  if (!env.data.items.some((i) => ImportedItem.safeParse(i).success)) return '没有可用的题目';
  return null;
}

/**
 * Brings the folder in line with the centre's list: fetches banks whose file is missing (a refused one is reported and
 * left out; the rest go on), removes files of banks no longer listed. Returns whether anything changed on disk.
 */
export async function applyCentreBanks(
  learnerDir: string,
  listed: CentreBankRef[],
  /** null: the bank is gone from the centre since the pull listed it (the next pull no longer lists it). */
  fetchBank: (id: number) => Promise<CentreBank | null>,
  refused: (name: string, why: string) => void,
  /** `id:hash` of banks refused before: not fetched again until the teacher uploads a new version. */
  skip: Set<string> = new Set(),
): Promise<boolean> {
  const dir = centreBanksDirOf(learnerDir);
  let have: string[] = [];
  try {
    have = (await readdir(dir)).filter((n) => n.endsWith('.json'));
  } catch {
    if (!listed.length) return false;
  }
  const wanted = new Map(listed.map((b) => [fileOf(b), b]));
  let changed = false;
  for (const [file, ref] of wanted) {
    if (have.includes(file) || skip.has(`${ref.id}:${ref.hash}`)) continue;
    const b = await fetchBank(ref.id);
    if (!b) continue;
    const why = refusalOf(b);
    if (why) {
      skip.add(`${ref.id}:${ref.hash}`);
      refused(ref.name, why);
      continue;
    }
    await mkdir(dir, { recursive: true });
    await new DurableJsonFile(join(dir, fileOf(b))).write(JSON.parse(b.content) as unknown);
    changed = true;
  }
  for (const file of have) {
    if (wanted.has(file)) continue;
    await rm(join(dir, file), { force: true });
    changed = true;
  }
  return changed;
}

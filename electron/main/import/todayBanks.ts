import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DurableJsonFile } from '../storage/durableJsonFile';
import { classBankIdOf } from '../sync/centreBankFiles';

/**
 * Which imported banks join the learner's 今日学习 (a switch per bank, off until the learner turns it on), kept in
 * `import-today.json` in the learner's folder. A bank is named as messages name it: 我的题库/<file> or 机构题库/<file>;
 * a class bank pulled from the centre by its id there, 班级题库/<id>, so a new version of it (a new file) keeps its switch.
 */
const TodayFile = z.object({ version: z.literal(1), banks: z.array(z.string().max(400)).max(10_000) });
type TodayFile = z.infer<typeof TodayFile>;

const fileOf = (learnerDir: string) => join(learnerDir, 'import-today.json');
const cache = new Map<string, Set<string>>();

const CLASS = '班级题库/';
const CLASS_DIR = '我的题库/centre/';

/** The switch's key of an imported bank file in its folder (scope 'class': a file of the class banks' folder). */
export function bankKey(scope: 'learner' | 'centre' | 'class', bankFile: string): string {
  if (scope === 'class') {
    const id = classBankIdOf(bankFile);
    return id === null ? `${CLASS_DIR}${bankFile}` : `${CLASS}${id}`;
  }
  return `${scope === 'learner' ? '我的题库' : '机构题库'}/${bankFile}`;
}

/** The switch's key of a loaded item's bank, from item.imported.bank (the path the bank loader read it from). */
export const todayKeyOf = (bankPath: string): string =>
  bankPath.startsWith(CLASS_DIR) ? bankKey('class', bankPath.slice(CLASS_DIR.length)) : bankPath;

/** The banks switched on for 今日学习 (read once per learner folder; the file is small). */
export function todayBanksOf(learnerDir: string): ReadonlySet<string> {
  const hit = cache.get(learnerDir);
  if (hit) return hit;
  let on = new Set<string>();
  try {
    const parsed = TodayFile.safeParse(JSON.parse(readFileSync(fileOf(learnerDir), 'utf8')));
    if (parsed.success) on = new Set(parsed.data.banks);
  } catch {
    // Missing or damaged: no imported bank in 今日学习 (the learner switches them on again; nothing is lost).
  }
  cache.set(learnerDir, on);
  return on;
}

/** Switches an imported bank into or out of 今日学习 (written atomically). */
export async function setTodayBank(learnerDir: string, key: string, on: boolean): Promise<void> {
  const next = new Set(todayBanksOf(learnerDir));
  if (on) next.add(key);
  else next.delete(key);
  await new DurableJsonFile<TodayFile>(fileOf(learnerDir)).write({ version: 1, banks: [...next].sort() });
  cache.set(learnerDir, next);
}

/** 断开: the class banks leave with the link, and so do their switches (another centre's ids are other banks). */
export async function dropClassBanks(learnerDir: string): Promise<void> {
  const on = todayBanksOf(learnerDir);
  const next = [...on].filter((k) => !k.startsWith(CLASS));
  if (next.length === on.size) return;
  await new DurableJsonFile<TodayFile>(fileOf(learnerDir)).write({ version: 1, banks: next.sort() });
  cache.set(learnerDir, new Set(next));
}

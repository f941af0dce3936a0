import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DurableJsonFile } from '../storage/durableJsonFile';

/**
 * Which imported banks join the learner's 今日学习 (a switch per bank, off until the learner turns it on), kept in
 * `import-today.json` in the learner's folder. A bank is named as messages name it: 我的题库/<file> or 机构题库/<file>.
 */
const TodayFile = z.object({ version: z.literal(1), banks: z.array(z.string().max(400)).max(10_000) });
type TodayFile = z.infer<typeof TodayFile>;

const fileOf = (learnerDir: string) => join(learnerDir, 'import-today.json');
const cache = new Map<string, Set<string>>();

/** The key of an imported bank file, as item.imported.bank holds it. */
export const bankKey = (scope: 'learner' | 'centre', bankFile: string): string =>
  `${scope === 'learner' ? '我的题库' : '机构题库'}/${bankFile}`;

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

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ISO_DATE } from '@shared/formats';

/**
 * `questions/item-ids.json`: every item id the shipped bank has ever held, and the ones withdrawn with their reason.
 * Learners' records refer to item ids for ever, so an id is never reused and an item never silently disappears:
 * `npm run bank:manifest` adds new ids (it never removes one), and `npm run bank:check` fails when a registered id is
 * neither in the bank nor withdrawn, when a withdrawn id is back in the bank, or when a bank id is not registered yet.
 */
export const ID_REGISTRY_FILE = 'item-ids.json';

const Withdrawal = z.object({ id: z.string().min(1), date: z.string().regex(ISO_DATE), reason: z.string().min(4) }).strict();
export const IdRegistry = z
  .object({ registryVersion: z.literal(1), ids: z.array(z.string().min(1)), withdrawn: z.array(Withdrawal) })
  .strict();
export type IdRegistry = z.infer<typeof IdRegistry>;

/** The registry with the bank's new ids added (sorted; nothing removed). */
export function registerIds(registry: IdRegistry | null, bankIds: Iterable<string>): IdRegistry {
  const ids = new Set(registry?.ids ?? []);
  for (const id of bankIds) ids.add(id);
  return { registryVersion: 1, ids: [...ids].sort(), withdrawn: registry?.withdrawn ?? [] };
}

/** What is wrong between the registry and the bank's ids, as Chinese messages for bank:check (empty when all is well). */
export function registryProblems(registry: IdRegistry, bankIds: Iterable<string>): string[] {
  const inBank = new Set(bankIds);
  const registered = new Set(registry.ids);
  const withdrawn = new Map(registry.withdrawn.map((w) => [w.id, w]));
  const problems: string[] = [];
  for (const w of registry.withdrawn) {
    if (!registered.has(w.id)) problems.push(`${ID_REGISTRY_FILE}：下架的 ${w.id} 不在登记的 id 中（只能下架发布过的题）`);
    if (inBank.has(w.id)) problems.push(`${w.id} 已于 ${w.date} 下架，又出现在题库中：题目 id 永久有效，不能再用，请换一个新 id`);
  }
  for (const id of registry.ids) {
    if (!inBank.has(id) && !withdrawn.has(id)) {
      problems.push(`${id} 从题库中消失了：学员的记录仍指向它。请放回该题，或在 ${ID_REGISTRY_FILE} 的 withdrawn 中写明下架日期和原因`);
    }
  }
  const unregistered = [...inBank].filter((id) => !registered.has(id));
  if (unregistered.length > 0) {
    problems.push(
      `${unregistered.length} 个题目 id 尚未登记（如 ${unregistered.slice(0, 3).join('、')}）：请运行 npm run bank:manifest 并提交 ${ID_REGISTRY_FILE}`,
    );
  }
  return problems;
}

/** The registry in `questionsDir`, null when there is none; a damaged file is an error (never overwritten). */
export async function readIdRegistry(questionsDir: string): Promise<IdRegistry | null> {
  let text: string;
  try {
    text = await readFile(join(questionsDir, ID_REGISTRY_FILE), 'utf8');
  } catch {
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${ID_REGISTRY_FILE} 不是有效的 JSON（可能被改坏了）：请用 git 恢复它，不要重新生成`);
  }
  const parsed = IdRegistry.safeParse(json);
  if (!parsed.success) throw new Error(`${ID_REGISTRY_FILE} 格式不对：${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

export async function writeIdRegistry(questionsDir: string, registry: IdRegistry): Promise<void> {
  const withdrawn = registry.withdrawn.map((w) => `  ${JSON.stringify(w)}`).join(',\n');
  const ids = registry.ids.map((id) => `  ${JSON.stringify(id)}`).join(',\n');
  const text = `{\n "registryVersion": 1,\n "withdrawn": [${withdrawn ? `\n${withdrawn}\n ` : ''}],\n "ids": [\n${ids}\n ]\n}\n`;
  await writeFile(join(questionsDir, ID_REGISTRY_FILE), text);
}

/** The item ids in bank files as read from disk (`items[].id`), whatever else is wrong with them. */
export function bankIdsOf(files: readonly { json: unknown }[]): string[] {
  return files.flatMap((f) => {
    const items = (f.json as { items?: unknown } | null)?.items;
    return Array.isArray(items)
      ? items.flatMap((i) => (typeof (i as { id?: unknown } | null)?.id === 'string' ? [(i as { id: string }).id] : []))
      : [];
  });
}

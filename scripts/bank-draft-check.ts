/**
 * `npx tsx scripts/bank-draft-check.ts <draft.json> [more drafts…] [--against <dir of other drafts>]`
 *
 * Checks items that are written but not yet reviewed (the item-writing workflow of ../shared/ITEM-WRITING.md):
 * the same schema as the shipped bank (a missing `review` is allowed here, nothing else), the chapter is in the
 * subject's tag tree, ids are new and follow `<chapter>-<nnn>`, near-duplicates against the shipped bank and the
 * other drafts (an error within one level), and the cue patterns the guide names (key letters spread, the key not
 * systematically the longest option, no 以上都…, stems ending with （　）。, every option named in the 解析).
 * Exits 1 on errors; cue findings are warnings.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { comparableOf, findSimilarItems } from '@core/bank/nearDuplicates';
import { itemSchemaFor, SubjectsFile, SyllabusTree, type Item, type ObjectiveItem } from '@shared/bank/schema';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { against: { type: 'string', multiple: true } } });
const questions = resolve(import.meta.dirname, '..', 'questions');
const errors: string[] = [];
const warnings: string[] = [];

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => join(e.parentPath, e.name));
}
const readJson = (f: string): unknown => JSON.parse(readFileSync(f, 'utf8'));

const subjects = SubjectsFile.parse(readJson(join(questions, 'subjects.json'))).subjects;
const trees = jsonFiles(join(questions, 'syllabus')).map((f) => SyllabusTree.parse(readJson(f)));
const chapterSubject = new Map<string, string>();
for (const s of subjects)
  for (const c of trees.find((t) => t.subject === s.id && t.version === s.tagTree)?.chapters ?? []) chapterSubject.set(c.id, s.id);
const levelOf = new Map<string, string>(subjects.map((s) => [s.id, s.level]));

interface Loaded {
  item: Item;
  subject: string;
  file: string;
  draft: boolean;
}
const loaded: Loaded[] = [];
const shippedIds = new Set<string>();

function load(file: string, draft: boolean): void {
  let json: { subject?: string; items?: unknown[] };
  try {
    json = readJson(file) as typeof json;
  } catch (e) {
    errors.push(`${file}: not JSON (${e instanceof Error ? e.message : String(e)})`);
    return;
  }
  const subject = String(json.subject ?? '');
  if (!levelOf.has(subject)) errors.push(`${file}: subject "${subject}" is not one of ${[...levelOf.keys()].join(', ')}`);
  for (const raw of json.items ?? []) {
    const withReview =
      draft && typeof raw === 'object' && raw !== null && !('review' in raw)
        ? { ...raw, review: { by: 'draft', date: '2026-01-01', result: 'approved' } }
        : raw;
    const id = (raw as { id?: unknown }).id;
    const schema = itemSchemaFor(withReview);
    if (!schema) {
      errors.push(`${file} ${String(id)}: type must be single, multiple or case`);
      continue;
    }
    const parsed = schema.safeParse(withReview);
    if (!parsed.success) {
      for (const i of parsed.error.issues) errors.push(`${file} ${String(id)} ${i.path.join('.')}: ${i.message}`);
      continue;
    }
    const item = parsed.data as Item;
    if (!draft) shippedIds.add(item.id);
    loaded.push({ item, subject, file, draft });
  }
}

for (const f of jsonFiles(join(questions, 'banks'))) load(f, false);
const draftFiles = positionals.map((p) => resolve(p));
if (draftFiles.length === 0) {
  process.stderr.write('usage: npx tsx scripts/bank-draft-check.ts <draft.json>… [--against <dir>]\n');
  process.exit(2);
}
for (const f of draftFiles) load(f, true);
const mine = new Set(loaded.filter((l) => l.draft).map((l) => l.item.id));
// Other drafts (`draft-*.json` under the given folders: the other writers' staging) count for near-duplicates and ids,
// not for the report.
for (const dir of values.against ?? []) {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) continue;
  for (const f of jsonFiles(dir)) if (/(^|\/)draft-[^/]*\.json$/.test(f) && !draftFiles.includes(resolve(f))) load(f, true);
}

const seen = new Map<string, string>();
for (const l of loaded) {
  const prev = seen.get(l.item.id);
  if (prev !== undefined && mine.has(l.item.id)) errors.push(`${l.file} ${l.item.id}: id already used in ${prev}`);
  seen.set(l.item.id, l.file);
}

for (const l of loaded.filter((x) => x.draft && mine.has(x.item.id) && draftFiles.includes(x.file))) {
  const { item } = l;
  if (chapterSubject.get(item.chapter) !== l.subject)
    errors.push(`${l.file} ${item.id}: chapter ${item.chapter} is not in the ${l.subject} tree`);
  if (!item.id.startsWith(`${item.chapter}-`)) errors.push(`${l.file} ${item.id}: id should start with ${item.chapter}-`);
  if (item.type === 'case') continue;
  if (!/（　）。?$/.test(item.stem.trim())) warnings.push(`${item.id}: stem should end with （　）。`);
  if (item.options.some((o) => /以上(都|均|皆)/.test(o.text))) warnings.push(`${item.id}: option with 以上都…`);
  for (const o of item.options) {
    if (!item.explanation.includes(o.key)) warnings.push(`${item.id}: 解析 does not name option ${o.key}`);
  }
  if (l.subject === 'ml' && !('lawAsOf' in item && item.lawAsOf)) errors.push(`${item.id}: 法规 items need lawAsOf`);
}

// Cue patterns over the batch.
const batch = loaded.filter((x) => x.draft && draftFiles.includes(x.file)).map((x) => x.item);
const singles = batch.filter((i): i is ObjectiveItem => i.type === 'single');
const keyCount: Record<string, number> = {};
let longestKey = 0;
for (const i of singles) {
  const k = i.answer[0]!;
  keyCount[k] = (keyCount[k] ?? 0) + 1;
  const lens = i.options.map((o) => o.text.length);
  const keyLen = i.options.find((o) => o.key === k)!.text.length;
  if (keyLen === Math.max(...lens) && lens.filter((x) => x === keyLen).length === 1) longestKey++;
}
if (singles.length >= 8) {
  for (const k of ['A', 'B', 'C', 'D']) {
    const share = (keyCount[k] ?? 0) / singles.length;
    if (share < 0.15 || share > 0.35)
      warnings.push(`single keys are not spread: ${k} is ${(share * 100).toFixed(0)} % (${JSON.stringify(keyCount)})`);
  }
  if (longestKey / singles.length > 0.4)
    warnings.push(`the key is the single longest option in ${longestKey} of ${singles.length} 单选 (keep it under 40 %)`);
}

// Near-duplicates: drafts against the shipped bank and every other draft.
const comparable = loaded.flatMap(({ item, subject }) => comparableOf(item, levelOf.get(subject) ?? subject));
for (const d of findSimilarItems(comparable)) {
  if (!mine.has(d.a) && !mine.has(d.b)) continue;
  const line = `near-duplicate ${d.a} ~ ${d.b} (${d.rule}; stem ${d.similarity.stem}, options ${d.similarity.options}, keyed ${d.similarity.keyed})`;
  if (d.sameGroup) errors.push(line);
  else warnings.push(`${line} — across levels`);
}

const multiples = batch.filter((i) => i.type === 'multiple').length;
process.stdout.write(
  `${batch.length} items checked: ${singles.length} 单选, ${multiples} 多选, ${batch.length - singles.length - multiples} case; single keys ${JSON.stringify(keyCount)}\n`,
);
for (const w of warnings) process.stdout.write(`warning: ${w}\n`);
for (const e of errors) process.stdout.write(`ERROR: ${e}\n`);
process.stdout.write(`${errors.length} error(s), ${warnings.length} warning(s)\n`);
process.exitCode = errors.length ? 1 : 0;

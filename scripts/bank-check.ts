/**
 * `npm run bank:check [-- --json] [-- --dir <questions dir>] [-- --centre <centre banks dir>]`
 * Validates every bank file with the app's own schemas, rejects duplicate ids, items tagged to a chapter not in their
 * subject's tree, missing
 * 解析/basis/review and keys that do not match options; prints a coverage table (per chapter: 单选 / 多选 / case counts, and the chapter's share of
 * its subject's items against its share of questions/weights.json); exits 1 on errors.
 * Near-duplicate items (stem, option set and key compared across all subjects; see src/core/bank/nearDuplicates.ts)
 * are errors within one level (jc+jp, mc+ml+mp) and warnings across levels. Item ids are checked against the permanent
 * registry questions/item-ids.json (scripts/bankCheck/idRegistry.ts).
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkBank, formatTable } from './bankCheck/checkBank';
import { readBankDir, readCentreBanks } from '../electron/main/bank/readBankDir';
import { readWeights } from '../electron/main/bank/readWeights';
import { manifestProblem } from './bankCheck/manifestCheck';
import { MANIFEST_FILE } from '../electron/main/bank/bankManifest';
import { bankIdsOf, readIdRegistry, registryProblems } from './bankCheck/idRegistry';

const { values } = parseArgs({ options: { json: { type: 'boolean' }, dir: { type: 'string' }, centre: { type: 'string' } } });
const dir = resolve(values.dir ?? resolve(import.meta.dirname, '..', 'questions'));
const shipped = await readBankDir(dir);
// `--centre <dir>`: check a training centre's extra bank files together with the shipped bank.
const centreDir = values.centre ? resolve(values.centre) : null;
if (centreDir && !statSync(centreDir, { throwIfNoEntry: false })?.isDirectory()) {
  process.stderr.write(`找不到机构题库文件夹：${centreDir}（请检查 --centre 后面的路径）\n`);
  process.exit(2);
}
const centre = centreDir ? await readCentreBanks(centreDir) : [];
if (centreDir && centre.length === 0) process.stderr.write(`注意：${centreDir} 里没有 .json 题库文件。\n`);
const weights = await readWeights(dir, (m) => process.stderr.write(`${m}\n`));
// Validate every shipped file in full here, whatever the manifest says (the check is what makes the manifest true).
const report = checkBank({ ...shipped, bankFiles: [...shipped.bankFiles.map(({ trusted: _, ...f }) => f), ...centre], weights });
// The shipped bank's manifest (hashes of files that passed the schemas) must match the files (another folder given
// with --dir is held to it only when it has a manifest).
const stale = values.dir && !existsSync(join(dir, MANIFEST_FILE)) ? null : await manifestProblem(dir);
if (stale) report.errors.push({ file: 'manifest.json', itemId: null, field: '(整体)', message: stale });
// Item ids are permanent: every id the bank ever shipped is registered; one may leave only as a recorded withdrawal.
const registry = await readIdRegistry(dir).catch((e: unknown) => {
  report.errors.push({ file: 'item-ids.json', itemId: null, field: '(整体)', message: String((e as Error).message) });
  return undefined;
});
if (registry === null && !values.dir) {
  report.errors.push({
    file: 'item-ids.json',
    itemId: null,
    field: '(整体)',
    message: '缺少 item-ids.json：请运行 npm run bank:manifest 并提交它',
  });
}
for (const message of registry ? registryProblems(registry, bankIdsOf(shipped.bankFiles)) : []) {
  report.errors.push({ file: 'item-ids.json', itemId: null, field: 'id', message });
}

if (values.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  process.stdout.write(formatTable(report));
  for (const e of report.errors) process.stdout.write(`ERROR ${e.file} ${e.itemId ?? '-'} ${e.field}: ${e.message}\n`);
  for (const w of report.warnings) process.stdout.write(`warning: ${w}\n`);
  process.stdout.write(`\n${report.errors.length} error(s), ${report.warnings.length} warning(s)\n`);
}
process.exitCode = report.errors.length ? 1 : 0;

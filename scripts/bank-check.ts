/**
 * `npm run bank:check [-- --json] [-- --dir <questions dir>]`
 * Validates every bank file with the app's own schemas, rejects duplicate ids, near-duplicate stems, unknown
 * chapters, missing 解析/basis/review and keys that do not match options; prints a coverage table; exits 1 on errors.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkBank, formatTable } from './bankCheck/checkBank';
import { readBankDir } from '../src/main/bank/readBankDir';

const { values } = parseArgs({ options: { json: { type: 'boolean' }, dir: { type: 'string' } } });
const dir = resolve(values.dir ?? resolve(import.meta.dirname, '..', 'questions'));
const report = checkBank(await readBankDir(dir));

if (values.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  process.stdout.write(formatTable(report));
  for (const e of report.errors) process.stdout.write(`ERROR ${e.file} ${e.itemId ?? '-'} ${e.field}: ${e.message}\n`);
  for (const w of report.warnings) process.stdout.write(`warning: ${w}\n`);
  process.stdout.write(`\n${report.errors.length} error(s), ${report.warnings.length} warning(s)\n`);
}
process.exitCode = report.errors.length ? 1 : 0;

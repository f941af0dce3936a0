/**
 * `npm run bank:import -- <file> --subject <id> [--out <folder>] [--chapter <id>]`
 * Converts a centre's Excel / CSV / Word / TXT file with the app's own parser and prints the same preview the app
 * shows (items understood, refused rows with reasons, chapter matches). With --out, writes the valid items as one
 * imported bank file into that folder (a centre bank folder); its output passes `npm run bank:check -- --centre <folder>`.
 * Chapters: exact matches are used; --chapter <id> puts every other item in that chapter, else they are left out.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SubjectId } from '@shared/bank/schema';
import { readBankDir, readCentreBanks } from '../electron/main/bank/readBankDir';
import { MAX_IMPORT_BYTES } from '../electron/main/import/limits';
import { DurableJsonFile } from '../electron/main/storage/durableJsonFile';
import { formatPreview, importForCli } from './bankImport/importFile';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { subject: { type: 'string' }, out: { type: 'string' }, chapter: { type: 'string' }, dir: { type: 'string' } },
});
const fail = (m: string): never => {
  process.stderr.write(`${m}\n`);
  process.exit(2);
};
const file = positionals[0] ?? fail('用法：npm run bank:import -- <文件> --subject <科目> [--out <文件夹>] [--chapter <章节 id>]');
const subject = SubjectId.safeParse(values.subject);
if (!subject.success) fail('请用 --subject 指定科目：jc、jp、mc、ml 或 mp');
const size = statSync(file, { throwIfNoEntry: false })?.size ?? fail(`找不到文件：${file}`);
if (size > MAX_IMPORT_BYTES) fail('文件超过 50 MB，请拆成几个文件。');
const questionsDir = resolve(values.dir ?? resolve(import.meta.dirname, '..', 'questions'));
const out = values.out ? resolve(values.out) : null;
try {
  const r = await importForCli({
    fileName: file,
    bytes: new Uint8Array(readFileSync(file)),
    subject: subject.data!,
    shipped: await readBankDir(questionsDir),
    existing: out ? await readCentreBanks(out) : [],
    chapter: values.chapter,
    at: Date.now(),
  });
  process.stdout.write(formatPreview(r));
  if (out && r.bank) {
    mkdirSync(out, { recursive: true });
    const name = `导入-${file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '')}-${r.bank.imported.at}.json`;
    await new DurableJsonFile(join(out, name)).write(r.bank);
    process.stdout.write(`\n已写入 ${r.bank.items.length} 题：${join(out, name)}\n`);
  } else if (out) process.stdout.write('\n没有可以写入的题目。\n');
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}

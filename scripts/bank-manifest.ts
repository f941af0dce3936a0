/**
 * `npm run bank:manifest [-- --dir <questions dir>]`: writes questions/manifest.json, the SHA-256 of each shipped
 * bank file that passes the item schemas unchanged (electron/main/bank/bankManifest.ts). Run by `npm run build`;
 * `npm run bank:check` fails when the committed manifest is out of date. Also adds new item ids to the permanent
 * registry questions/item-ids.json.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { manifestOf, writeManifest } from '../electron/main/bank/bankManifest';
import { shippedBankFiles } from './bankCheck/manifestCheck';
import { bankIdsOf, readIdRegistry, registerIds, writeIdRegistry } from './bankCheck/idRegistry';

const { values } = parseArgs({ options: { dir: { type: 'string' } } });
const dir = resolve(values.dir ?? resolve(import.meta.dirname, '..', 'questions'));
const files = await shippedBankFiles(dir);
const m = manifestOf(files);
await writeManifest(dir, m);
process.stdout.write(`manifest.json: ${Object.keys(m.files).length} bank file(s) hashed\n`);
// The permanent id registry gains the bank's new ids (never loses one; withdrawals are written by hand with a reason).
const before = await readIdRegistry(dir);
const after = registerIds(before, bankIdsOf(files));
await writeIdRegistry(dir, after);
process.stdout.write(`item-ids.json: ${after.ids.length} id(s) registered (${after.ids.length - (before?.ids.length ?? 0)} new)\n`);

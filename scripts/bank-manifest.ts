/**
 * `npm run bank:manifest [-- --dir <questions dir>]`: writes questions/manifest.json, the SHA-256 of each shipped
 * bank file that passes the item schemas unchanged (electron/main/bank/bankManifest.ts). Run by `npm run build`;
 * `npm run bank:check` fails when the committed manifest is out of date.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeManifest } from '../electron/main/bank/bankManifest';
import { expectedManifest } from './bankCheck/manifestCheck';

const { values } = parseArgs({ options: { dir: { type: 'string' } } });
const dir = resolve(values.dir ?? resolve(import.meta.dirname, '..', 'questions'));
const m = await expectedManifest(dir);
await writeManifest(dir, m);
process.stdout.write(`manifest.json: ${Object.keys(m.files).length} bank file(s) hashed\n`);

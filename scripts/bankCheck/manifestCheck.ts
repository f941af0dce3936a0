import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { MANIFEST_FILE, manifestOf, manifestText, type Manifest } from '../../electron/main/bank/bankManifest';

/** The shipped bank files under `questionsDir` as bytes and parsed JSON (a file that is not JSON is left out). */
export async function shippedBankFiles(questionsDir: string): Promise<{ path: string; bytes: Buffer; json: unknown }[]> {
  const banks = join(questionsDir, 'banks');
  const entries = await readdir(banks, { withFileTypes: true, recursive: true }).catch(() => []);
  const files = [];
  for (const e of entries.filter((x) => x.isFile() && x.name.endsWith('.json'))) {
    const file = join(e.parentPath, e.name);
    const bytes = await readFile(file);
    let json: unknown;
    try {
      json = JSON.parse(bytes.toString('utf8'));
    } catch {
      continue; // not JSON: never listed, so the app validates (and reports) it in full
    }
    files.push({ path: relative(questionsDir, file).split(sep).join('/'), bytes, json });
  }
  return files;
}

/** The manifest the bank files under `questionsDir` call for now. */
export async function expectedManifest(questionsDir: string): Promise<Manifest> {
  return manifestOf(await shippedBankFiles(questionsDir));
}

/** A problem with the committed manifest (missing or out of date), or null when it matches the bank files. */
export async function manifestProblem(questionsDir: string): Promise<string | null> {
  const want = manifestText(await expectedManifest(questionsDir));
  const have = await readFile(join(questionsDir, MANIFEST_FILE), 'utf8').catch(() => null);
  if (have === want) return null;
  return have === null
    ? `缺少 ${MANIFEST_FILE}：请运行 npm run bank:manifest 并提交它`
    : `${MANIFEST_FILE} 与题库文件不一致（题库改过）：请运行 npm run bank:manifest 并提交它`;
}

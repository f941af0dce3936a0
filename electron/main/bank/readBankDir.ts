import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { RawFile } from '@core/bank/validateBank';
import { readManifest, sha256 } from './bankManifest';

/**
 * Reads one JSON file; `manifest` given, it is marked trusted when its bytes hash to the manifest's entry. `sync`:
 * read with one blocking call (bank files: parsing them holds the thread far longer than reading, and a round trip
 * to the I/O thread per file only adds waiting).
 */
async function readJson(root: string, file: string, manifest?: ReadonlyMap<string, string>, sync = false): Promise<RawFile> {
  const path = relative(root, file).split(sep).join('/');
  try {
    const bytes = sync ? readFileSync(file) : await readFile(file);
    const expected = manifest?.get(path);
    const json = JSON.parse(bytes.toString('utf8')) as unknown;
    return expected !== undefined && sha256(bytes) === expected ? { path, json, trusted: true } : { path, json };
  } catch (e) {
    return { path, json: undefined, parseError: e instanceof Error ? e.message : String(e) };
  }
}

async function jsonFilesUnder(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * Reads `subjects.json`, `syllabus/**` and `banks/**` under a questions folder. Never throws for bad content. Bank
 * files listed in the folder's manifest with the hash of their bytes are marked trusted (bankManifest.ts).
 */
export async function readBankDir(questionsDir: string): Promise<{
  subjectsFile: RawFile;
  treeFiles: RawFile[];
  bankFiles: RawFile[];
}> {
  const [subjectsFile, treePaths, bankPaths, manifest] = await Promise.all([
    readJson(questionsDir, join(questionsDir, 'subjects.json')),
    jsonFilesUnder(join(questionsDir, 'syllabus')),
    jsonFilesUnder(join(questionsDir, 'banks')),
    readManifest(questionsDir),
  ]);
  const treeFiles = await Promise.all(treePaths.map((p) => readJson(questionsDir, p)));
  // One bank file at a time: each file's bytes and text are garbage once parsed, instead of every file's at once
  // (a large bank then loads with far less garbage collection).
  const bankFiles: RawFile[] = [];
  for (const p of bankPaths) bankFiles.push(await readJson(questionsDir, p, manifest, true));
  return { subjectsFile, treeFiles, bankFiles };
}

/**
 * Bank files a training centre dropped into its folder: any `*.json` below it, in the same format as
 * `questions/banks`. Paths in messages start with 机构题库/ so a learner can tell them apart.
 */
export async function readCentreBanks(dir: string): Promise<RawFile[]> {
  const paths = await jsonFilesUnder(dir);
  const files = await Promise.all(paths.map((p) => readJson(dir, p)));
  return files.map((f) => ({ ...f, path: `机构题库/${f.path}` }));
}

/** A learner's own imported banks (我的题库): `imported-banks/` in the learner's folder. */
export const learnerBanksDirOf = (learnerDir: string): string => join(learnerDir, 'imported-banks');

/** The learner's imported bank files; paths in messages start with 我的题库/. */
export async function readLearnerBanks(dir: string): Promise<RawFile[]> {
  const paths = await jsonFilesUnder(dir);
  const files = await Promise.all(paths.map((p) => readJson(dir, p)));
  return files.map((f) => ({ ...f, path: `我的题库/${f.path}` }));
}

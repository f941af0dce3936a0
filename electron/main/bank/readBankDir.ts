import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { RawFile } from '@core/bank/validateBank';

async function readJson(root: string, file: string): Promise<RawFile> {
  const path = relative(root, file).split(sep).join('/');
  try {
    return { path, json: JSON.parse(await readFile(file, 'utf8')) as unknown };
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

/** Reads `subjects.json`, `syllabus/**` and `banks/**` under a questions folder. Never throws for bad content. */
export async function readBankDir(questionsDir: string): Promise<{
  subjectsFile: RawFile;
  treeFiles: RawFile[];
  bankFiles: RawFile[];
}> {
  const [subjectsFile, treePaths, bankPaths] = await Promise.all([
    readJson(questionsDir, join(questionsDir, 'subjects.json')),
    jsonFilesUnder(join(questionsDir, 'syllabus')),
    jsonFilesUnder(join(questionsDir, 'banks')),
  ]);
  const [treeFiles, bankFiles] = await Promise.all([
    Promise.all(treePaths.map((p) => readJson(questionsDir, p))),
    Promise.all(bankPaths.map((p) => readJson(questionsDir, p))),
  ]);
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

import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { RawFile } from '@core/bank/validateBank';
import { readManifest, sha256Off } from './bankManifest';

const relPath = (root: string, file: string): string => relative(root, file).split(sep).join('/');

const parsed = (path: string, text: string): RawFile => {
  try {
    return { path, json: JSON.parse(text) as unknown };
  } catch (e) {
    return { path, json: undefined, parseError: e instanceof Error ? e.message : String(e) };
  }
};

const unreadable = (path: string, e: unknown): RawFile => ({
  path,
  json: undefined,
  parseError: e instanceof Error ? e.message : String(e),
});

/** Reads and parses one JSON file. Never throws. */
async function readJson(root: string, file: string): Promise<RawFile> {
  const path = relPath(root, file);
  try {
    return parsed(path, await readFile(file, 'utf8'));
  } catch (e) {
    return unreadable(path, e);
  }
}

/**
 * Reads and parses the shipped bank files one at a time (each file's bytes and text are garbage once parsed, instead
 * of every file's at once), marking trusted the ones whose bytes hash to the manifest's entry. Both waits overlap the
 * parse on the main thread: the next file is read, and this file's bytes hashed, on the I/O threads meanwhile.
 */
async function readBankFiles(root: string, files: readonly string[], manifest: ReadonlyMap<string, string>): Promise<RawFile[]> {
  const out: RawFile[] = [];
  const read = (file: string) =>
    readFile(file).then(
      (bytes) => ({ bytes }),
      (error: unknown) => ({ error }),
    );
  let next = files.length ? read(files[0]!) : undefined;
  for (let i = 0; i < files.length; i++) {
    const got = await next!;
    next = i + 1 < files.length ? read(files[i + 1]!) : undefined;
    const path = relPath(root, files[i]!);
    if ('error' in got) {
      out.push(unreadable(path, got.error));
      continue;
    }
    const expected = manifest.get(path);
    const hash = expected === undefined ? undefined : sha256Off(got.bytes);
    const f = parsed(path, got.bytes.toString('utf8'));
    if (hash !== undefined && (await hash) === expected && f.parseError === undefined) f.trusted = true;
    out.push(f);
  }
  return out;
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
  const [treeFiles, bankFiles] = await Promise.all([
    Promise.all(treePaths.map((p) => readJson(questionsDir, p))),
    readBankFiles(questionsDir, bankPaths, manifest),
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

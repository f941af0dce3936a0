import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { BankFile, itemSchemaFor } from '@shared/bank/schema';

/**
 * The shipped bank's manifest, `questions/manifest.json`: the SHA-256 of every bank file that passed the item schemas
 * when the bank was checked (`npm run bank:manifest`, run by the build and verified by `npm run bank:check`). At start
 * a shipped file whose bytes hash to its entry skips the per-item schema parse (the cross-file checks still run); any
 * other file, a changed one, and every centre or imported bank file is validated in full.
 */
export const MANIFEST_FILE = 'manifest.json';

const Manifest = z.object({ manifestVersion: z.literal(1), files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)) });
export type Manifest = z.infer<typeof Manifest>;

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The manifest's file hashes by bank path (`banks/…`); empty when it is missing or unreadable (then nothing is trusted). */
export async function readManifest(questionsDir: string): Promise<Map<string, string>> {
  try {
    const parsed = Manifest.safeParse(JSON.parse(await readFile(join(questionsDir, MANIFEST_FILE), 'utf8')));
    return parsed.success ? new Map(Object.entries(parsed.data.files)) : new Map();
  } catch {
    return new Map();
  }
}

/**
 * Whether one bank file's content passes the envelope and every item schema, and the schemas return it unchanged
 * (nothing stripped), so reading it without the schemas gives the very same items.
 */
export function passesSchemas(json: unknown): boolean {
  const env = BankFile.safeParse(json);
  if (!env.success || !isDeepStrictEqual(env.data, json)) return false;
  return env.data.items.every((raw) => {
    const r = itemSchemaFor(raw)?.safeParse(raw);
    return r?.success === true && isDeepStrictEqual(r.data, raw);
  });
}

/** The manifest for the bank files under a questions folder (those whose content passes the schemas). */
export function manifestOf(bankFiles: readonly { path: string; bytes: Uint8Array; json: unknown }[]): Manifest {
  const files: Record<string, string> = {};
  for (const f of [...bankFiles].sort((a, b) => a.path.localeCompare(b.path))) if (passesSchemas(f.json)) files[f.path] = sha256(f.bytes);
  return { manifestVersion: 1, files };
}

export const manifestText = (m: Manifest): string => `${JSON.stringify(m, null, 1)}\n`;

export async function writeManifest(questionsDir: string, m: Manifest): Promise<void> {
  await writeFile(join(questionsDir, MANIFEST_FILE), manifestText(m));
}

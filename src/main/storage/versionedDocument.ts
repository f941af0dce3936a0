import { rename } from 'node:fs/promises';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { z } from 'zod';
import { AppError } from '../../shared/errors';

/** Steps that lift a document from version n to n + 1, keyed by n. */
export type Migrations = Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>;

export interface DocumentSpec<T extends { version: number }> {
  file: string;
  schema: z.ZodType<T>;
  version: number;
  defaults: () => T;
  migrations?: Migrations;
}

export interface OpenedDocument<T> {
  db: Low<T>;
  /** Set when the file on disk could not be used and was moved aside. */
  notice: string | null;
}

export class NewerVersionError extends AppError {
  constructor(file: string, found: number) {
    super('NEWER_VERSION', `文件 ${file} 的版本（${found}）比这个社工路版本新，为避免损坏，没有修改它。请升级社工路。`);
  }
}

/**
 * Opens a versioned lowdb document: validates with zod, migrates step by step, refuses newer versions.
 * A corrupt file is moved aside (never deleted) and the document starts from defaults, with a notice.
 */
export async function openDocument<T extends { version: number }>(spec: DocumentSpec<T>): Promise<OpenedDocument<T>> {
  const db = new Low<T>(new JSONFile<T>(spec.file), spec.defaults());
  let notice: string | null = null;
  try {
    await db.read();
  } catch (e) {
    notice = await moveAside(spec.file, `无法读取（${e instanceof Error ? e.message : String(e)}）`);
    db.data = spec.defaults();
    return { db, notice };
  }
  const raw: unknown = db.data;
  const found = typeof raw === 'object' && raw !== null ? (raw as { version?: unknown }).version : undefined;
  if (typeof found === 'number' && found > spec.version) throw new NewerVersionError(spec.file, found);
  let doc = raw as Record<string, unknown>;
  if (typeof found === 'number') {
    for (let v = found; v < spec.version; v++) {
      const step = spec.migrations?.[v];
      if (!step) break;
      doc = { ...step(doc), version: v + 1 };
    }
  }
  const parsed = spec.schema.safeParse(doc);
  if (parsed.success) {
    db.data = parsed.data;
    if (found !== spec.version) await db.write();
    return { db, notice };
  }
  notice = await moveAside(spec.file, '内容不符合格式');
  db.data = spec.defaults();
  return { db, notice };
}

async function moveAside(file: string, why: string): Promise<string> {
  const aside = `${file}.damaged-${Date.now()}`;
  try {
    await rename(file, aside);
  } catch {
    // Nothing to move (already gone); the notice still explains the reset.
  }
  return `学习记录文件 ${file} ${why}，已另存为 ${aside}，程序改用新的空白记录继续。`;
}

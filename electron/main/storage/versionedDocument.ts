import { readFile, rename } from 'node:fs/promises';
import { basename } from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import { AppError } from '@shared/errors';
import { DurableJsonFile } from './durableJsonFile';
import { STORAGE_MESSAGES } from './messages';

/** Steps that lift a document from version n to n + 1, keyed by n. */
export type Migrations = Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>;

export interface DocumentSpec<T extends { version: number }> {
  file: string;
  schema: z.ZodType<T>;
  version: number;
  defaults: () => T;
  migrations?: Migrations;
  /** Copies of this file in backups, newest first, tried in order when the file itself is unusable. */
  backups?: () => Promise<{ file: string; label: string }[]>;
}

export interface OpenedDocument<T> {
  db: Low<T>;
  /** Set when the file on disk could not be used: what happened and what was done, in Chinese. */
  notice: string | null;
}

export class NewerVersionError extends AppError {
  constructor(file: string, found: number) {
    super('NEWER_VERSION', STORAGE_MESSAGES.newerVersion(basename(file), found));
  }
}

function versionOf(raw: unknown): number | undefined {
  const v = typeof raw === 'object' && raw !== null ? (raw as { version?: unknown }).version : undefined;
  return typeof v === 'number' ? v : undefined;
}

/** Lifts a stored document to the current version step by step. Pure; exported for property tests. */
export function migrate(raw: Record<string, unknown>, from: number, to: number, migrations: Migrations = {}): Record<string, unknown> {
  let doc = raw;
  for (let v = from; v < to; v++) {
    const step = migrations[v];
    if (!step) break;
    doc = { ...step(doc), version: v + 1 };
  }
  return doc;
}

/** Migrates and validates a parsed document; undefined when it is not usable. Throws for a newer version. */
function accept<T extends { version: number }>(spec: DocumentSpec<T>, raw: unknown): T | undefined {
  const found = versionOf(raw);
  if (found !== undefined && found > spec.version) throw new NewerVersionError(spec.file, found);
  if (found === undefined) return undefined;
  const parsed = spec.schema.safeParse(migrate(raw as Record<string, unknown>, found, spec.version, spec.migrations));
  return parsed.success ? parsed.data : undefined;
}

/**
 * Opens a versioned lowdb document: validates with zod, migrates step by step, refuses newer versions (the file is
 * left untouched). An unreadable or invalid file is moved aside (never deleted) and the newest good backup copy is
 * restored; only when no backup is usable does the document start from defaults. Either way a notice says so.
 */
export async function openDocument<T extends { version: number }>(spec: DocumentSpec<T>): Promise<OpenedDocument<T>> {
  const adapter = new DurableJsonFile<T>(spec.file);
  const db = new Low<T>(adapter, spec.defaults());
  let raw: unknown;
  let why: string;
  try {
    raw = await adapter.read();
    if (raw === null) return { db, notice: null }; // first run
    const doc = accept(spec, raw);
    if (doc) {
      db.data = doc;
      if (versionOf(raw) !== spec.version) await db.write();
      return { db, notice: null };
    }
    why = STORAGE_MESSAGES.invalid;
  } catch (e) {
    if (e instanceof NewerVersionError) throw e;
    why = STORAGE_MESSAGES.unreadable;
  }
  const aside = await moveAside(spec.file);
  for (const backup of (await spec.backups?.()) ?? []) {
    try {
      const doc = accept(spec, JSON.parse(await readFile(backup.file, 'utf8')));
      if (!doc) continue;
      db.data = doc;
      await db.write();
      return { db, notice: STORAGE_MESSAGES.restoredFromBackup(basename(spec.file), why, aside, backup.label) };
    } catch (e) {
      if (e instanceof NewerVersionError) continue;
    }
  }
  db.data = spec.defaults();
  return { db, notice: STORAGE_MESSAGES.startedEmpty(basename(spec.file), why, aside) };
}

async function moveAside(file: string): Promise<string> {
  const aside = `${file}.damaged-${Date.now()}`;
  try {
    await rename(file, aside);
  } catch {
    // Already gone: nothing to keep.
  }
  return basename(aside);
}

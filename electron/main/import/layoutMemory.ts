import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { headerCell } from '@core/import/table';
import { ColumnMapping } from '@shared/ipc/contract/import';
import { DurableJsonFile } from '../storage/durableJsonFile';

const LayoutsFile = z.object({ version: z.literal(1), layouts: z.record(z.string(), ColumnMapping.omit({ headerRow: true })) });
type LayoutsFile = z.infer<typeof LayoutsFile>;

const fileOf = (learnerDir: string) => join(learnerDir, 'import-layouts.json');
/** A header row's key: its cells as the header matcher compares them. */
export const signatureOf = (row: readonly string[]): string => row.map(headerCell).join('|');

async function read(learnerDir: string): Promise<LayoutsFile> {
  try {
    const parsed = LayoutsFile.safeParse(JSON.parse(await readFile(fileOf(learnerDir), 'utf8')));
    return parsed.success ? parsed.data : { version: 1, layouts: {} };
  } catch {
    // Missing or damaged: no layout remembered (the learner sets the columns again; nothing else depends on it).
    return { version: 1, layouts: {} };
  }
}

/** A remembered column mapping whose header row is among the sheet's first rows, with that row. */
export async function rememberedMapping(learnerDir: string, rows: readonly (readonly string[])[]): Promise<ColumnMapping | null> {
  const { layouts } = await read(learnerDir);
  for (let r = 0; r < Math.min(rows.length, 30); r++) {
    const hit = layouts[signatureOf(rows[r]!)];
    if (hit) return { ...hit, headerRow: r };
  }
  return null;
}

/** Remembers a column mapping under its header row's signature (written atomically). */
export async function rememberMapping(learnerDir: string, rows: readonly (readonly string[])[], m: ColumnMapping): Promise<void> {
  const header = rows[m.headerRow];
  if (!header) return;
  const file = await read(learnerDir);
  file.layouts[signatureOf(header)] = ColumnMapping.omit({ headerRow: true }).parse(m);
  await new DurableJsonFile<LayoutsFile>(fileOf(learnerDir)).write(file);
}

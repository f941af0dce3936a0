import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { tempDataDir } from '../../../test/support/questionsDirForTesting';
import { openDocument } from './versionedDocument';

const Doc = z.object({ version: z.literal(2), name: z.string(), count: z.number() });
type Doc = z.infer<typeof Doc>;
const spec = (file: string) => ({
  file,
  schema: Doc,
  version: 2,
  defaults: (): Doc => ({ version: 2, name: 'new', count: 0 }),
  migrations: { 1: (d: Record<string, unknown>) => ({ ...d, count: 0 }) },
});

describe('openDocument', () => {
  it('starts from defaults on first run and writes to disk (not memory)', async () => {
    const file = join(tempDataDir(), 'doc.json');
    const { db, notice } = await openDocument(spec(file));
    expect(notice).toBeNull();
    db.data.count = 3;
    await db.write();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 2, name: 'new', count: 3 });
  });

  it('migrates an older version step by step and saves the result', async () => {
    const file = join(tempDataDir(), 'doc.json');
    writeFileSync(file, JSON.stringify({ version: 1, name: 'old' }));
    const { db } = await openDocument(spec(file));
    expect(db.data).toEqual({ version: 2, name: 'old', count: 0 });
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe(2);
  });

  it('refuses a newer version and leaves the file untouched', async () => {
    const file = join(tempDataDir(), 'doc.json');
    const content = JSON.stringify({ version: 9, name: 'future', extra: true });
    writeFileSync(file, content);
    await expect(openDocument(spec(file))).rejects.toMatchObject({ code: 'NEWER_VERSION' });
    expect(readFileSync(file, 'utf8')).toBe(content);
  });

  it.each([
    ['garbage', 'not json {'],
    ['truncated', '{"version":2,"name":"x","cou'],
    ['wrong schema', JSON.stringify({ version: 2, name: 5 })],
  ])('moves a %s file aside (never deletes it) and explains in Chinese', async (_kind, content) => {
    const dir = tempDataDir();
    const file = join(dir, 'doc.json');
    writeFileSync(file, content);
    const { db, notice } = await openDocument(spec(file));
    expect(db.data).toEqual({ version: 2, name: 'new', count: 0 });
    expect(notice).toMatch(/已另存为/);
    const aside = readdirSync(dir).filter((f) => f.startsWith('doc.json.damaged-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, aside[0]!), 'utf8')).toBe(content);
    expect(existsSync(file)).toBe(false);
  });
});

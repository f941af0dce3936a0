import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionsDirForTesting, tempDataDir } from '../../../test/support/questionsDirForTesting';
import { singleItemForTesting } from '../../../test/support/bankFixtures';
import { expectedManifest, manifestProblem } from '../../../scripts/bankCheck/manifestCheck';
import { loadBank } from './loadBank';
import { readBankDir } from './readBankDir';
import { writeManifest } from './bankManifest';

describe('shipped bank manifest (issue 14)', () => {
  it('a file whose bytes match the manifest is read without the schemas and gives the same items as full validation', async () => {
    const dir = questionsDirForTesting();
    const full = await loadBank(dir);
    await writeManifest(dir, await expectedManifest(dir));
    expect((await readBankDir(dir)).bankFiles.map((f) => f.trusted)).toEqual([true, true]);
    const trusted = await loadBank(dir);
    expect(trusted.problems).toEqual([]);
    const ids = ['jc25-06-001', 'jc25-06-002', 'jc25-06-003', 'mp25-15-c01'];
    expect(ids.map((id) => trusted.item(id))).toEqual(ids.map((id) => full.item(id)));
    expect(ids.every((id) => trusted.item(id) !== undefined)).toBe(true);
  });

  it('a file changed after the manifest was made is validated in full: its bad item is reported, never trusted', async () => {
    const dir = questionsDirForTesting();
    await writeManifest(dir, await expectedManifest(dir));
    const file = join(dir, 'banks', 'jc', 'jc25-06.json');
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { items: Record<string, unknown>[] };
    doc.items[0]!['answer'] = ['Z'];
    writeFileSync(file, JSON.stringify(doc));
    expect((await readBankDir(dir)).bankFiles.find((f) => f.path === 'banks/jc/jc25-06.json')?.trusted).toBeUndefined();
    const bank = await loadBank(dir);
    expect(bank.problems.map((p) => p.itemId)).toContain('jc25-06-001');
    expect(bank.item('jc25-06-001')).toBeUndefined();
    expect(await manifestProblem(dir)).toMatch(/不一致/);
  });

  it('a file the schemas would change (an unknown field stripped) is not listed, so it is always validated', async () => {
    const dir = questionsDirForTesting({
      'extra.json': { bankVersion: 1, subject: 'jc', items: [singleItemForTesting({ id: 'jc25-06-050', extra: 1 })] },
    });
    const m = await expectedManifest(dir);
    expect(Object.keys(m.files).sort()).toEqual(['banks/jc/jc25-06.json', 'banks/mp/mp25-15.json']);
  });

  it('centre bank files are never trusted, even with the same bytes as a listed shipped file', async () => {
    const dir = questionsDirForTesting();
    await writeManifest(dir, await expectedManifest(dir));
    const centre = tempDataDir();
    mkdirSync(join(centre, 'banks', 'jc'), { recursive: true });
    const doc = { bankVersion: 1, subject: 'jc', items: [singleItemForTesting({ id: 'jc25-06-060', answer: ['Z'] })] };
    writeFileSync(join(centre, 'banks', 'jc', 'jc25-06.json'), JSON.stringify(doc));
    const bank = await loadBank(dir, centre);
    expect(bank.problems.map((p) => p.itemId)).toContain('jc25-06-060');
  });
});

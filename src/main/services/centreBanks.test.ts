import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { singleItemForTesting } from '../../core/bank/fixtures';
import { questionsDirForTesting, tempDataDir } from '../testing/questionsDirForTesting';
import { createServices } from './createServices';

describe('centre banks', () => {
  it('loads valid centre items for every learner, reports a bad file by name and skips it', async () => {
    const dataDir = tempDataDir();
    const centre = join(dataDir, 'centre-banks');
    mkdirSync(join(centre, '2027春季班'), { recursive: true });
    writeFileSync(
      join(centre, '2027春季班', '个案.json'),
      JSON.stringify({ bankVersion: 1, subject: 'jc', items: [singleItemForTesting({ id: 'centre-jc25-06-001', stem: '机构自编题（　）。' })] }),
    );
    writeFileSync(join(centre, 'broken.json'), '{ "bankVersion": 1, "subject": "jc", "items": [ { "id": "x" ');
    writeFileSync(join(centre, 'dup.json'), JSON.stringify({ bankVersion: 1, subject: 'jc', items: [singleItemForTesting({ id: 'jc25-06-001' })] }));
    const s = await createServices({ learner: 'default', dataDir, questionsDir: questionsDirForTesting(), now: () => 0, log: () => {} });
    expect(s.bank.item('centre-jc25-06-001')?.type).toBe('single');
    expect(s.bank.itemsInChapter('jc25-06').map((i) => i.id)).toContain('centre-jc25-06-001');
    expect(s.bank.problems.map((p) => [p.file, p.field])).toEqual([
      ['机构题库/broken.json', '(整体)'],
      ['机构题库/dup.json', 'id'],
    ]);
  });

  it('takes its folder from the configuration (flag or environment in the apps)', async () => {
    const dir = join(tempDataDir(), 'elsewhere');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ bankVersion: 1, subject: 'jc', items: [singleItemForTesting({ id: 'centre-x-1' })] }));
    const s = await createServices({ learner: 'default', dataDir: tempDataDir(), centreBanksDir: dir, questionsDir: questionsDirForTesting(), now: () => 0, log: () => {} });
    expect(s.bank.item('centre-x-1')).toBeDefined();
  });
});

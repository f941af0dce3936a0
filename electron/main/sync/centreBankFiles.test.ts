import { existsSync, readdirSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_CENTRE_BANK_BYTES, type CentreBank } from '@shared/centre/contract';
import { centreBankJson } from '../../../test/support/centre/centreBankFixture';
import { applyCentreBanks, centreBanksDirOf, refusalOf } from './centreBankFiles';

const hash = (c: string) => c.padEnd(64, '0').slice(0, 64);
const envelope = (tag: string) => {
  const b = JSON.parse(centreBankJson(tag)) as Record<string, unknown>;
  return JSON.stringify({ ...b, imported: { file: `机构${tag}`, at: 1, scope: 'centre' } });
};
const bank = (id: number, h: string, content: string): CentreBank => ({ id, name: `题库${id}`, hash: hash(h), uploadedAt: 1, content });

describe('the centre banks on a PC', () => {
  it('refuses a bank that is too large, not JSON, not a bank, or without one usable item', () => {
    expect(refusalOf(bank(1, 'a', envelope('ok')))).toBeNull();
    expect(refusalOf(bank(1, 'a', 'x'.repeat(MAX_CENTRE_BANK_BYTES + 1)))).toBe('文件太大');
    expect(refusalOf(bank(1, 'a', '{'))).toBe('不是有效的 JSON');
    expect(refusalOf(bank(1, 'a', '{"hello":1}'))).toBe('不是社工路的题库文件');
    const noItems = JSON.stringify({ ...(JSON.parse(envelope('x')) as object), items: [{ id: 'nope' }] });
    expect(refusalOf(bank(1, 'a', noItems))).toBe('没有可用的题目');
  });

  it('stores new banks, replaces a changed one, drops a removed one, skips a refused or vanished one', async () => {
    const learnerDir = mkdtempSync(join(tmpdir(), 'sgl-centrebanks-'));
    const dir = centreBanksDirOf(learnerDir);
    const served = new Map<number, CentreBank | null>([
      [1, bank(1, 'aa', envelope('one'))],
      [2, bank(2, 'bb', '{"broken":')],
      [3, null],
    ]);
    const fetched: number[] = [];
    const refused: string[] = [];
    const skip = new Set<string>();
    const apply = (ids: number[]) =>
      applyCentreBanks(
        learnerDir,
        ids.map((id) => ({ id, name: `题库${id}`, hash: served.get(id)?.hash ?? hash('cc'), uploadedAt: 1 })),
        async (id) => (fetched.push(id), served.get(id) ?? null),
        (name, why) => refused.push(`${name}:${why}`),
        skip,
      );
    expect(await apply([])).toBe(false);
    expect(existsSync(dir)).toBe(false);
    expect(await apply([1, 2, 3])).toBe(true);
    expect(readdirSync(dir)).toEqual([`bank-1-${hash('aa').slice(0, 16)}.json`]);
    expect(refused).toEqual(['题库2:不是有效的 JSON']);
    // Nothing changed: nothing fetched again (a refused version is not fetched again either).
    fetched.length = 0;
    expect(await apply([1, 2])).toBe(false);
    expect(fetched).toEqual([]);
    expect(refused).toHaveLength(1);
    // Bank 1 changed at the centre: the new version replaces the old file.
    served.set(1, bank(1, 'dd', envelope('two')));
    expect(await apply([1])).toBe(true);
    expect(readdirSync(dir)).toEqual([`bank-1-${hash('dd').slice(0, 16)}.json`]);
    // Removed at the centre: the file goes.
    expect(await apply([])).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });
});

import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bankIdsOf, ID_REGISTRY_FILE, IdRegistry, readIdRegistry, registerIds, registryProblems } from './idRegistry';

describe('the permanent item-id registry', () => {
  it('registers new ids, keeps old ones and the withdrawals', () => {
    const first = registerIds(null, ['b', 'a']);
    expect(first).toEqual({ registryVersion: 1, ids: ['a', 'b'], withdrawn: [] });
    const withdrawn = [{ id: 'a', date: '2026-12-02', reason: '法条已修改，答案不再成立' }];
    const next = registerIds({ ...first, withdrawn }, ['b', 'c']);
    expect(next.ids).toEqual(['a', 'b', 'c']);
    expect(next.withdrawn).toEqual(withdrawn);
    expect(registryProblems(next, ['b', 'c'])).toEqual([]);
  });

  it('an item that leaves the bank without a recorded withdrawal is an error', () => {
    const problems = registryProblems(registerIds(null, ['a', 'b']), ['b']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('a 从题库中消失了');
  });

  it('a withdrawn id used again, a withdrawal of an id never shipped, and unregistered ids are errors', () => {
    const registry: IdRegistry = {
      registryVersion: 1,
      ids: ['a', 'b'],
      withdrawn: [
        { id: 'a', date: '2026-12-01', reason: '答案有争议' },
        { id: 'z', date: '2026-12-01', reason: '从未发布过' },
      ],
    };
    const problems = registryProblems(registry, ['a', 'b', 'new-1', 'new-2']);
    expect(problems.some((p) => p.startsWith('a 已于 2026-12-01 下架'))).toBe(true);
    expect(problems.some((p) => p.includes('下架的 z 不在登记的 id 中'))).toBe(true);
    expect(problems.some((p) => p.startsWith('2 个题目 id 尚未登记'))).toBe(true);
  });

  it('reads ids from raw bank files, skipping what is not an item with a string id', () => {
    expect(bankIdsOf([{ json: { items: [{ id: 'x' }, { id: 3 }, null] } }, { json: null }, { json: { items: 'no' } }])).toEqual(['x']);
  });

  it('the registry file refuses a withdrawal without a reason or a date', () => {
    expect(IdRegistry.safeParse({ registryVersion: 1, ids: ['a'], withdrawn: [{ id: 'a', date: '昨天', reason: '' }] }).success).toBe(
      false,
    );
  });

  it('a damaged registry file is refused with a message, a missing one reads as none', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sgl-ids-'));
    expect(await readIdRegistry(dir)).toBeNull();
    await writeFile(join(dir, ID_REGISTRY_FILE), '{"registryVersion": 1, "ids": [');
    await expect(readIdRegistry(dir)).rejects.toThrow(/不是有效的 JSON/);
  });
});

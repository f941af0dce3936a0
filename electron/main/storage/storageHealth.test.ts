import { describe, expect, it } from 'vitest';
import { StorageHealth } from './storageHealth';

describe('StorageHealth', () => {
  it('tells its listener when a write starts waiting for the disk and when the last one is saved, not on every write', async () => {
    const changes: (string | null)[] = [];
    const health = new StorageHealth(
      () => {},
      60_000,
      (p) => changes.push(p),
    );
    let diskFull = true;
    const write = async () => {
      if (diskFull) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
    };
    expect(await health.run('a', write)).toBe(false);
    expect(await health.run('a', write)).toBe(false); // still waiting: no new change
    expect(changes).toEqual([health.problem]);
    expect(changes[0]).toMatch(/磁盘/);
    diskFull = false;
    await health.retryAll();
    expect(health.problem).toBeNull();
    expect(changes).toEqual([changes[0], null]);
    expect(await health.run('b', write)).toBe(true);
    expect(changes).toHaveLength(2);
    health.dispose();
  });
});

import { describe, expect, it } from 'vitest';
import { inProcessBackend } from '../../../../test/support/inProcessBackend';
import { CentreBanksState } from './centreBanks.svelte';

describe('CentreBanksState', () => {
  it('sets an administrator PIN, then guards the CSV with it', async () => {
    const files: { name: string; type: string }[] = [];
    const s = new CentreBanksState(await inProcessBackend(), (name, _content, type) => files.push({ name, type }));
    await s.load();
    expect(s.status?.hasAdminPin).toBe(false);
    expect(await s.savePin('2468', '')).toBe(true);
    expect(s.status?.hasAdminPin).toBe(true);
    expect(s.message?.ok).toBe(true);
    expect(await s.exportCsv('')).toBe(false);
    expect(s.message).toMatchObject({ ok: false });
    expect(files).toEqual([]);
    expect(await s.exportCsv('2468')).toBe(true);
    expect(files).toEqual([{ name: expect.stringMatching(/\.csv$/), type: 'text/csv;charset=utf-8' }]);
    expect(s.busy).toBe(false);
  });

  it('reload reads the folder again and says so; main announces the new bank to every listener', async () => {
    const backend = await inProcessBackend();
    const announced: number[] = [];
    backend.on('bank:reloaded', (p) => announced.push(p.items));
    const s = new CentreBanksState(backend);
    await s.load();
    expect(await s.reload()).toBe(true);
    expect(s.message).toEqual({ ok: true, text: '已重新读取机构题库。' });
    expect(s.status?.dir).toBeTruthy();
    expect(announced).toEqual([s.status?.items]);
  });
});

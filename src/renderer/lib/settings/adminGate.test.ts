import { describe, expect, it } from 'vitest';
import { inProcessBackend } from '../../../../test/support/inProcessBackend';
import { AdminGate } from './adminGate.svelte';

describe('AdminGate', () => {
  it('is open while no administrator password is set, then only after the right one; a wrong one says so', async () => {
    const backend = await inProcessBackend();
    const g = new AdminGate(backend);
    await g.load();
    expect(g).toMatchObject({ hasAdminPin: false, open: true, pin: '' });
    await backend['admin:setPin']({ next: '2468' });
    g.changed('2468');
    g.lock();
    expect(g.open).toBe(false);

    const again = new AdminGate(backend);
    await again.load();
    expect(again).toMatchObject({ hasAdminPin: true, open: false });
    expect(await again.enter('')).toBe(false);
    expect(again.error).toMatch(/请输入管理员密码/);
    expect(await again.enter('1111')).toBe(false);
    expect(again.error).toMatch(/管理员密码不正确/);
    expect(again.open).toBe(false);
    expect(await again.enter('2468')).toBe(true);
    expect(again).toMatchObject({ open: true, pin: '2468', error: null });
  });
});

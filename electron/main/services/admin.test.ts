import { describe, expect, it } from 'vitest';
import { openForTesting } from '../../../test/support/openForTesting';
import { questionsDirForTesting, tempDataDir } from '../../../test/support/questionsDirForTesting';

describe('admin:check (the door to 培训机构管理 in 设置)', () => {
  it('passes without a password while none is set, then only for the right one, with the same wait after 3 wrong tries', async () => {
    let now = 1_800_000_000_000;
    const app = await openForTesting({ dataDir: tempDataDir(), questionsDir: questionsDirForTesting(), now: () => now });
    expect(await app.call('admin:check', {})).toEqual({ hasAdminPin: false });
    await app.call('admin:setPin', { next: '2468' });
    await expect(app.call('admin:check', {})).rejects.toThrow('FORBIDDEN');
    expect(await app.call('admin:check', { pin: '2468' })).toEqual({ hasAdminPin: true });
    for (let i = 0; i < 3; i++) await expect(app.call('admin:check', { pin: '1111' })).rejects.toThrow('管理员密码不正确');
    // Waiting now, even for the right password; after the wait it opens again.
    await expect(app.call('admin:check', { pin: '2468' })).rejects.toThrow('后再试');
    now += 6_000;
    expect(await app.call('admin:check', { pin: '2468' })).toEqual({ hasAdminPin: true });
    await app.dispose();
  });
});

import { describe, expect, it } from 'vitest';
import { inProcessBackend } from '../../../../test/support/inProcessBackend';
import { ErrorBanner } from '../app/errorBanner.svelte';
import { Router } from '../app/router.svelte';
import { HomeState } from './homeState.svelte';

describe('HomeState', () => {
  it('shows an unfinished paper; 立即交卷 hands it in and opens its result', async () => {
    const backend = await inProcessBackend();
    const { id } = await backend['exam:start']({ subject: 'jc', custom: { counts: { single: 1 }, minutes: 5 } });
    const router = new Router();
    const home = new HomeState(backend, router, new ErrorBanner());
    await home.load('junior');
    expect(home.activeExam?.id).toBe(id);
    expect(home.today).not.toBeNull();
    await home.submitActiveExam();
    expect(home.activeExam).toBeNull();
    expect(router.screen).toEqual({ name: 'examResult', id });
  });

  it('继续考试 opens the unfinished paper', async () => {
    const backend = await inProcessBackend();
    const { id } = await backend['exam:start']({ subject: 'jc', custom: { counts: { single: 1 }, minutes: 5 } });
    const router = new Router();
    const home = new HomeState(backend, router, new ErrorBanner());
    await home.load('junior');
    home.resumeExam();
    expect(router.screen).toEqual({ name: 'exam', id });
    expect(home.activeExam).toBeNull();
  });
});

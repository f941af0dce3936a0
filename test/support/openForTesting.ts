import { seededRandom } from '@core/exam/random';
import { createApp, type SglApp } from '../../electron/main/app';
import type { ServiceConfig } from '../../electron/main/services/services';
import { questionsDirForTesting, tempDataDir } from './questionsDirForTesting';

export type TestApp = SglApp & {
  /** A channel's value, or a thrown `CODE: message`. */
  call: <T>(channel: string, args?: unknown) => Promise<T>;
};

/**
 * The app for a test, through the one composition function: a fresh temp data folder and the small test bank unless
 * given, a fixed clock (a number or a function), China's time zone, and a seeded `random` so mock papers and learner
 * ids are the same on every run.
 */
export async function openForTesting(
  o: Partial<Omit<ServiceConfig, 'now' | 'log'>> & { now: number | (() => number); log?: ServiceConfig['log'] },
): Promise<TestApp> {
  const now = typeof o.now === 'number' ? () => o.now as number : o.now;
  const app = await createApp({
    ...o,
    learner: 'learner' in o ? o.learner : 'default',
    dataDir: o.dataDir ?? tempDataDir(),
    questionsDir: o.questionsDir ?? questionsDirForTesting(),
    now,
    log: o.log ?? (() => {}),
    tzOffsetMinutes: o.tzOffsetMinutes ?? 480,
    random: o.random ?? seededRandom(20261202),
  });
  const call = async <T>(channel: string, args?: unknown): Promise<T> => {
    const r = await app.dispatch(channel, args);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  return { ...app, call };
}

/** Only the services of `openForTesting`, for tests of one service or repository. */
export async function servicesForTesting(o: Parameters<typeof openForTesting>[0]): Promise<TestApp['services']> {
  return (await openForTesting(o)).services;
}

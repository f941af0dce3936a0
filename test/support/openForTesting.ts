import { createApp, type SglApp } from '../../electron/main/app';

/**
 * The app for a test: the one composition function on a data folder and a questions folder, with a `call` that
 * returns a channel's value or throws `CODE: message`.
 */
export async function openForTesting(o: {
  dataDir: string;
  questionsDir: string;
  now: number | (() => number);
  learner?: string;
  tzOffsetMinutes?: number;
}): Promise<SglApp & { call: <T>(channel: string, args?: unknown) => Promise<T> }> {
  const now = typeof o.now === 'number' ? () => o.now as number : o.now;
  const app = await createApp({
    learner: o.learner ?? 'default',
    dataDir: o.dataDir,
    questionsDir: o.questionsDir,
    now,
    log: () => {},
    tzOffsetMinutes: o.tzOffsetMinutes ?? 480,
  });
  const call = async <T>(channel: string, args?: unknown): Promise<T> => {
    const r = await app.dispatch(channel, args);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  return { ...app, call };
}

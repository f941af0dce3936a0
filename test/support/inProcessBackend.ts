// Test-only: the renderer's backend wired straight to the real main-process handlers, in one Node process.
import { createApp } from '../../electron/main/app';
import { questionsDirForTesting, tempDataDir } from './questionsDirForTesting';
import { CHANNELS } from '@shared/ipc/contract';
import { backendFrom, type Backend } from '../../src/renderer/lib/backend/backend';

export async function inProcessBackend(dataDir = tempDataDir(), now: () => number = () => Date.UTC(2026, 10, 28)): Promise<Backend> {
  const { dispatch, events } = await createApp({ learner: 'default', dataDir, questionsDir: questionsDirForTesting(), now, log: () => {} });
  return backendFrom(
    CHANNELS,
    (channel, args) => dispatch(channel, args),
    (deliver) => events.on(deliver),
  );
}

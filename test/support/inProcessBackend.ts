// Test-only: the renderer's backend wired straight to the real main-process handlers, in one Node process.
import { createDispatcher } from '../../electron/main/ipc/dispatch';
import { createHandlers } from '../../electron/main/ipc/createHandlers';
import { createServices } from '../../electron/main/services/createServices';
import { questionsDirForTesting, tempDataDir } from './questionsDirForTesting';
import { CHANNELS } from '@shared/ipc/channels';
import { backendFrom, type Backend } from '../../src/renderer/lib/backend/backend';

export async function inProcessBackend(dataDir = tempDataDir(), now: () => number = () => Date.UTC(2026, 10, 28)): Promise<Backend> {
  const services = await createServices({ learner: 'default', dataDir, questionsDir: questionsDirForTesting(), now, log: () => {} });
  const dispatch = createDispatcher(createHandlers(services), () => {});
  return backendFrom(CHANNELS, (channel, args) => dispatch(channel, args));
}

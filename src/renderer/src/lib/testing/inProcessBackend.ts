// Test-only: the renderer's backend wired straight to the real main-process handlers, in one Node process.
import { createDispatcher } from '../../../../main/ipc/dispatch';
import { createHandlers } from '../../../../main/ipc/createHandlers';
import { createServices } from '../../../../main/services/createServices';
import { questionsDirForTesting, tempDataDir } from '../../../../main/testing/questionsDirForTesting';
import { CHANNELS } from '../../../../shared/ipc/channels';
import { backendFrom, type Backend } from '../backend/backend';

export async function inProcessBackend(dataDir = tempDataDir(), now: () => number = () => Date.UTC(2026, 10, 28)): Promise<Backend> {
  const services = await createServices({ learner: 'default', dataDir, questionsDir: questionsDirForTesting(), now, log: () => {} });
  const dispatch = createDispatcher(createHandlers(services), () => {});
  return backendFrom(CHANNELS, (channel, args) => dispatch(channel, args));
}

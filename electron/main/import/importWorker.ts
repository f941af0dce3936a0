// The import worker: reads and parses one big file off the main thread (see offThread.ts). Entry of its own in the
// Electron build (out/main/importWorker.js); run from source through tsx in the web runtime and the tests.
import { parentPort, workerData } from 'node:worker_threads';
import { parseSource, type SourceInput } from './parseSource';

const { input, learnerDir } = workerData as { input: SourceInput; learnerDir: string | null };
parseSource(input, learnerDir).then(
  (result) => parentPort?.postMessage({ kind: 'done', result }),
  (e: unknown) => parentPort?.postMessage({ kind: 'failed', message: String(e instanceof Error ? e.stack : e) }),
);

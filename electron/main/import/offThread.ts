import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseSource, type SourceInput, type SourceResult } from './parseSource';

/** Inputs above this size are read and parsed in a worker thread, so the app answers while a big file is analysed. */
export const OFF_THREAD_BYTES = 1024 * 1024;

const running = new Set<Worker>();

/** 停止读取: stops every file being analysed (their previews end as cancelled; nothing was written). */
export function cancelParses(): number {
  const n = running.size;
  for (const w of running) void w.terminate();
  running.clear();
  return n;
}

/**
 * How to start the worker: the built file beside the main bundle (Electron), else the source through tsx's API (the
 * web runtime and the tests run from source; a worker does not inherit tsx's loader).
 */
function workerSource(): { code: string | URL; eval: boolean } | null {
  const built = new URL('./importWorker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return { code: built, eval: false };
  const source = new URL('./importWorker.ts', import.meta.url);
  if (!existsSync(fileURLToPath(source))) return null;
  let api: string;
  try {
    api = createRequire(import.meta.url).resolve('tsx/cjs/api');
  } catch {
    return null;
  }
  const path = JSON.stringify(fileURLToPath(source));
  return { code: `require(${JSON.stringify(api)}).require(${path}, ${path});`, eval: true };
}

type WorkerMessage = { kind: 'done'; result: SourceResult } | { kind: 'failed'; message: string };

/**
 * Reads and parses an input: in a worker thread when it is big (or `threshold` says so), inline otherwise or when no
 * worker can be started (the same function either way). Resolves `cancelled` when 停止读取 stopped it.
 */
export async function parseOffThread(
  input: SourceInput,
  learnerDir: string | null,
  { threshold = OFF_THREAD_BYTES, log }: { threshold?: number; log?: (m: string) => void } = {},
): Promise<SourceResult | { ok: false; cancelled: true }> {
  const size = input.bytes?.byteLength ?? (input.text?.length ?? 0) * 2;
  const file = size > threshold ? workerSource() : null;
  if (!file) return parseSource(input, learnerDir);
  // The bytes move to the worker (a copy of their own first, so nothing else loses its buffer).
  const bytes = input.bytes ? new Uint8Array(input.bytes) : undefined;
  let worker: Worker;
  try {
    worker = new Worker(file.code, {
      eval: file.eval,
      workerData: { input: { ...input, bytes }, learnerDir },
      ...(bytes ? { transferList: [bytes.buffer as ArrayBuffer] } : {}),
    });
  } catch (e) {
    log?.(`导入：无法启动读取线程，改在主线程读取（${String(e)}）`);
    return parseSource(input, learnerDir);
  }
  running.add(worker);
  const outcome = await new Promise<{ result: SourceResult } | { cancelled: true } | { failed: string }>((resolve) => {
    worker.on('message', (m: WorkerMessage) => resolve(m.kind === 'done' ? { result: m.result } : { failed: m.message }));
    worker.on('error', (e) => resolve({ failed: String(e) }));
    worker.on('exit', () => resolve({ cancelled: true }));
  });
  running.delete(worker);
  void worker.terminate();
  if ('result' in outcome) return outcome.result;
  if ('cancelled' in outcome) return { ok: false, cancelled: true };
  // A worker that could not run (its file unreadable, say): the same parse on this thread.
  log?.(`导入：读取线程出错，改在主线程读取（${outcome.failed.slice(0, 300)}）`);
  return parseSource(input, learnerDir);
}

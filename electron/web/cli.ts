import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { centreBanksDirOf, dataDirOf } from '../main/launchOptions';
import { startWebServer } from './server';

/**
 * `npm run web -- --data <dir> [--port 0] [--questions <dir>]`: the app's browser runtime. Prints `SGL_READY <url>` when listening.
 * Clock override for tests: `--now <epoch ms or ISO>` fixes the start time; the clock then runs on from it.
 * `--optimizer-binding <module>` loads another 优化复习参数 module (tests: test/support/fakeOptimizer.cjs).
 */
const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    port: { type: 'string' },
    now: { type: 'string' },
    token: { type: 'string' },
    questions: { type: 'string' },
    'centre-banks': { type: 'string' },
    'optimizer-binding': { type: 'string' },
  },
});

const root = resolve(import.meta.dirname, '..', '..');
const launch = { argv: process.argv.slice(2), env: process.env };
const dataDir = resolve(dataDirOf(launch)?.dir ?? resolve(root, '.sgl-web-data'));
const centreBanksDir = centreBanksDirOf(launch);
const startAt = values.now ? (/^\d+$/.test(values.now) ? Number(values.now) : Date.parse(values.now)) : undefined;
const offset = startAt === undefined ? 0 : startAt - Date.now();

const web = await startWebServer({
  dataDir,
  questionsDir: resolve(values.questions ?? resolve(root, 'questions')),
  ...(centreBanksDir ? { centreBanksDir: resolve(centreBanksDir) } : {}),
  ...(values['optimizer-binding'] ? { optimizerBinding: resolve(values['optimizer-binding']) } : {}),
  rendererDir: resolve(root, 'out', 'renderer'),
  port: Number(values.port ?? process.env['SGL_PORT'] ?? 0),
  token: values.token ?? process.env['SGL_TOKEN'] ?? randomBytes(24).toString('hex'),
  now: () => Date.now() + offset,
  log: (m) => console.error(`[社工路 web] ${m}`),
}).catch((e: unknown) => {
  // E.g. the data folder is in use by another 社工路: say so plainly, without a stack trace.
  console.error(`社工路 browser runtime could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
console.log(`社工路 browser runtime — data folder: ${dataDir}`);
console.log(`SGL_READY ${web.url}`);
const stop = () => void web.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

/** Child process of the bench: opens the app on a learner folder and prints its RSS (the main process's memory). */
import { createApp } from '../../electron/main/app';

const [dataDir, questionsDir] = process.argv.slice(2) as [string, string];
const app = await createApp({ learner: 'default', dataDir, questionsDir, now: () => Date.now(), log: () => {} });
globalThis.gc?.();
console.log(`RSS_MB ${process.memoryUsage().rss / 1024 / 1024}`);
await app.dispose();

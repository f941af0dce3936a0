// Test child: runs mock exams and imports through the real dispatcher until it is killed, printing a line after each
// step that completed (the parent kills it at random moments, so kills land inside exam:submit and imports too).
import { readFileSync } from 'node:fs';
import { createApp } from '../../electron/main/app';

const [dataDir, questionsDir, progressFile, startAt] = process.argv.slice(2) as [string, string, string, string];
let now = Number(startAt);
const app = await createApp({ learner: 'default', dataDir, questionsDir, now: () => now, log: () => {} });
const call = async <T>(c: string, a?: unknown): Promise<T> => {
  const r = await app.dispatch(c, a);
  if (!r.ok) throw new Error(`${c}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
};
const progress = readFileSync(progressFile, 'utf8');
process.stdout.write('ready\n');
for (let round = 0; ; round++) {
  now += 60_000;
  const view = await call<{ id: string; questions: { id: string; type: string }[] }>('exam:start', {
    subject: 'jc',
    custom: { counts: { single: 2, multiple: 1 }, minutes: 10 },
  });
  for (const q of view.questions)
    await call('exam:answer', { id: view.id, questionId: q.id, choice: q.type === 'single' ? ['A'] : ['A', 'B'] });
  process.stdout.write(`answered ${view.id}\n`);
  now += 1000;
  await call('exam:submit', { id: view.id });
  process.stdout.write(`submitted ${view.id}\n`);
  if (round % 2 === 0) {
    await call('transfer:import', { content: progress, acceptOtherLearner: true });
    process.stdout.write('imported\n');
  }
}

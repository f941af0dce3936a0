// Test child: records answers (and now and then a settings change) as fast as it can, printing an
// acknowledgement after each durable write, until it is killed.
import { defaultFold } from './defaultFold';
import { openAnswersRepo } from '../../electron/main/storage/answersRepo';
import { openSettingsRepo } from '../../electron/main/storage/settingsRepo';
import { StorageHealth } from '../../electron/main/storage/storageHealth';

const dir = process.argv[2]!;
const start = Number(process.argv[3] ?? 0);
const health = new StorageHealth(() => {}, 60_000);
const answers = await openAnswersRepo(dir, health, defaultFold());
const settings = await openSettingsRepo(dir, health);
for (let i = start; ; i++) {
  const saved = await answers.append({
    questionId: `q-${i}`,
    at: Date.UTC(2026, 10, 1) + i,
    choice: ['A', 'C'],
    correct: i % 3 === 0,
    score: i % 3 === 0 ? 2 : 0,
    responseMs: 1000 + (i % 977),
    mode: 'practice',
  });
  if (!saved) process.exit(3);
  process.stdout.write(`ack ${i}\n`);
  if (i % 7 === 0) {
    await settings.update({ fontStep: i % 4, examDate: `2027-0${1 + (i % 9)}-1${i % 10}` });
    process.stdout.write(`settings ${i}\n`);
  }
}

/**
 * Where the time of one `practice:answer` goes, outside the disk: `npx tsx test/bench/answerBreakdown.ts [history]`.
 * (1) The whole dispatch through the composed app with the log's write made a no-op (logIo.write stubbed): the JS
 * cost of an answer. (2) Each step of the handler on its own, with the app's own functions and data, over many
 * repetitions. (3) The real O_DSYNC append of one line, for scale. Prints µs per answer (medians of 5 passes) as
 * CPU time of this process (process.cpuUsage: on a loaded machine wall time mostly measures the wait for a core)
 * and as wall time.
 */
import { closeSync, mkdtempSync, openSync, constants, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { scoreObjective } from '@core/scoring/objective';
import { deriveGrade } from '@core/srs/grade';
import { applyAnswer } from '@core/learner/learnerModel';
import { serializeLine } from '@core/storage/jsonLines';
import { contract } from '@shared/ipc/contract';
import { AnswerRecord } from '@shared/records';
import type { ObjectiveItem } from '@shared/bank/schema';
import { createApp } from '../../electron/main/app';
import { logIo } from '../../electron/main/storage/monthlyLog';
import { countsAsReview } from '../../electron/main/services/recordAnswers';
import { benchQuestionId, learnerWithHistory, syntheticBank } from './fixtures';
import { repoRoot } from '../support/repoRoot';

const history = Number(process.argv[2] ?? 100_000);
const work = mkdtempSync(join(tmpdir(), 'sgl-breakdown-'));
const bank = syntheticBank(work, join(repoRoot, 'questions'), 10_000);
const app = await createApp({
  learner: 'default',
  dataDir: learnerWithHistory(work, history),
  questionsDir: bank,
  now: () => Date.now(),
  log: () => {},
});
const s = app.services;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

type Cost = { cpu: number; wall: number };
const cpuNow = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
/** µs per call of `f`, CPU and wall (medians of 5 passes of `reps` calls, after one warm-up pass). */
async function perCall(reps: number, f: (k: number) => unknown, sync = false): Promise<Cost> {
  const cpu: number[] = [];
  const wall: number[] = [];
  let k = 0;
  for (let p = 0; p < 6; p++) {
    const c = cpuNow();
    const t = performance.now();
    if (sync) for (let i = 0; i < reps; i++) f(k++);
    else for (let i = 0; i < reps; i++) await f(k++);
    if (p > 0) {
      wall.push(((performance.now() - t) * 1000) / reps);
      cpu.push((cpuNow() - c) / reps);
    }
  }
  return { cpu: median(cpu), wall: median(wall) };
}
const syncPerCall = (reps: number, f: (k: number) => unknown): Promise<Cost> => perCall(reps, f, true);

// Four in five right, as in the bench (the synthetic items' key is C).
const args = (k: number) => ({ questionId: benchQuestionId(k), choice: k % 5 === 0 ? ['A'] : ['C'], responseMs: 4000 });
const rows: [string, Cost][] = [];

// (1) The whole handler with the disk write stubbed out (the line is still built and handed to write).
const realWrite = logIo.write;
logIo.write = (_fd, _buf, _off, length) => length;
rows.push([
  'whole practice:answer dispatch, disk write stubbed',
  await perCall(2000, async (k) => {
    const r = await s.answers.snapshotsSettled().then(() => app.dispatch('practice:answer', args(k)));
    if (!r.ok) throw new Error(r.error.message);
  }),
]);
logIo.write = realWrite;

// (2) The steps, each on its own.
const item = (k: number) => s.bank.item(benchQuestionId(k)) as ObjectiveItem;
const at = Date.now();
rows.push(['zod parse of the request (dispatcher)', await syncPerCall(20_000, (k) => contract['practice:answer'].args.safeParse(args(k)))]);
rows.push(['bank lookup + option check', await syncPerCall(20_000, (k) => new Set(item(k).options.map((o) => o.key)).has('A'))]);
rows.push(['scoring', await syncPerCall(20_000, (k) => scoreObjective(item(k).type, item(k).answer, ['A']))]);
rows.push(['counts as review', await syncPerCall(20_000, (k) => countsAsReview(s, item(k).id, 'practice', at))]);
rows.push([
  `grade of a right answer (median pace of ${s.answers.model().times.single.length} times)`,
  await syncPerCall(20_000, () =>
    deriveGrade({ correct: true, guessed: false, responseMs: 4000, typeTimes: s.answers.model().times.single }),
  ),
]);
const record = (k: number) => ({
  questionId: benchQuestionId(k),
  at,
  choice: ['A' as const],
  correct: false,
  score: 0,
  responseMs: 4000,
  mode: 'practice' as const,
  guessed: false,
  type: 'single' as const,
  grade: 'again' as const,
});
rows.push(['zod parse of the record (answersRepo)', await syncPerCall(20_000, (k) => AnswerRecord.parse(record(k)))]);
const scratch = { ...s.answers.model(), questions: new Map(s.answers.model().questions), activity: new Map(s.answers.model().activity) };
scratch.times = { single: [...scratch.times.single], multiple: [...scratch.times.multiple] };
rows.push(['FSRS review + model update', await syncPerCall(5_000, (k) => applyAnswer(scratch, record(k), s.scheduler))]);
rows.push(['JSON line + UTF-8 bytes', await syncPerCall(20_000, (k) => Buffer.from(serializeLine(record(k)), 'utf8'))]);
rows.push([
  'reply (key, 解析, favourite, note, days)',
  await syncPerCall(20_000, (k) => ({
    a: item(k).answer,
    e: item(k).explanation,
    f: item(k).id in s.collections.favourites(),
    n: s.collections.notes()[item(k).id]?.text ?? '',
    d: Math.round((s.day.startOf(at + 86_400_000) - s.day.startOf(at)) / 86_400_000),
  })),
]);

// (3) The real durable append of one answer line, for scale.
const fd = openSync(join(work, 'append.jsonl'), constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (constants.O_DSYNC ?? 0));
const line = Buffer.from(serializeLine(record(0)), 'utf8');
rows.push(['O_DSYNC append of one line (the disk)', await syncPerCall(300, () => writeSync(fd, line))]);
closeSync(fd);

console.log(`history ${history} answers; µs per answer (median of 5 passes): CPU, wall`);
for (const [name, us] of rows) console.log(`${us.cpu.toFixed(1).padStart(8)} ${us.wall.toFixed(1).padStart(8)}  ${name}`);
await app.dispose();

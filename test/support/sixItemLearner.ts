import { multipleItemForTesting, singleItemForTesting } from './bankFixtures';
import { openForTesting } from './openForTesting';
import { questionsDirForTesting, tempDataDir } from './questionsDirForTesting';

// 2026-11-28 20:00 in China.
export const T0 = Date.UTC(2026, 10, 28, 12);

/** A bank with 6 junior items over two chapters, and a clock the test moves. */
export function setup() {
  const extra = {
    'jc/jc25-07.json': {
      bankVersion: 1,
      subject: 'jc',
      items: [
        singleItemForTesting({ id: 'jc25-07-001', chapter: 'jc25-07', stem: '七一（　）。' }),
        singleItemForTesting({ id: 'jc25-07-002', chapter: 'jc25-07', stem: '七二（　）。' }),
        multipleItemForTesting({ id: 'jc25-07-003', chapter: 'jc25-07', stem: '七三（　）。' }),
      ],
    },
  };
  const q = questionsDirForTesting(extra);
  let now = T0;
  const clock = { now: () => now, set: (t: number) => (now = t) };
  return { q, clock, dataDir: tempDataDir() };
}

export async function open(dataDir: string, questionsDir: string, now: () => number) {
  const app = await openForTesting({ dataDir, questionsDir, now });
  return { s: app.services, call: app.call };
}

export type Q = { id: string; type: string };
export const KEY: Record<string, string[]> = { single: ['C'], multiple: ['A', 'B', 'C'] };

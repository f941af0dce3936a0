import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../test/support/repoRoot';
import { tempDataDir } from '../../../test/support/questionsDirForTesting';
import { openForTesting } from '../../../test/support/openForTesting';

import { DAY } from '@core/srs/calendar';
const T0 = Date.UTC(2026, 10, 20, 12);
const real = join(repoRoot, 'questions');

/**
 * The questions folder as it was before the 2025 retag: 实务(初级) on its 2018 tree, with three of today's items tagged
 * to the old 儿童社会工作 chapter jp18-02 (their ids are the same today; only the chapter tag moved to jp25-12).
 */
function questionsBeforeRetag(ids: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'sgl-questions-2018-'));
  const subjects = JSON.parse(readFileSync(join(real, 'subjects.json'), 'utf8'));
  for (const s of subjects.subjects) if (s.id === 'jp') s.tagTree = '2018';
  writeFileSync(join(dir, 'subjects.json'), JSON.stringify(subjects));
  cpSync(join(real, 'syllabus'), join(dir, 'syllabus'), { recursive: true });
  const now = JSON.parse(readFileSync(join(real, 'banks', 'jp', 'jp25-12.json'), 'utf8'));
  const items = now.items.filter((i: { id: string }) => ids.includes(i.id)).map((i: object) => ({ ...i, chapter: 'jp18-02' }));
  mkdirSync(join(dir, 'banks', 'jp'), { recursive: true });
  writeFileSync(join(dir, 'banks', 'jp', 'jp18-02.json'), JSON.stringify({ bankVersion: 1, subject: 'jp', items }));
  return dir;
}

const open = (dataDir: string, questionsDir: string, now: number) => openForTesting({ dataDir, questionsDir, now });

describe('a learner folder written before the 2025 retag (issue 11)', () => {
  it('keeps its progress, 错题本, 收藏 and today’s queue on the 2025 chapters', async () => {
    const ids = ['jp18-02-001', 'jp18-02-002', 'jp18-02-003'];
    const dataDir = tempDataDir();
    const before = await open(dataDir, questionsBeforeRetag(ids), T0);
    await before.call('settings:update', { level: 'junior' });
    const items = JSON.parse(readFileSync(join(real, 'banks', 'jp', 'jp25-12.json'), 'utf8')).items as {
      id: string;
      answer: string[];
      type: string;
    }[];
    const key = (id: string) => items.find((i) => i.id === id)!.answer;
    const wrong = (id: string) => (key(id).includes('A') ? ['B'] : ['A']).slice(0, 1);
    // 今日学习 serves the three as new items (the only junior items of that bank): one wrong, one right, FSRS cards made.
    const served = (await before.call<{ questions: { id: string }[] }>('today:start')).questions.map((q) => q.id);
    expect(served.sort()).toEqual(ids);
    await before.call('practice:answer', { questionId: ids[0], choice: wrong(ids[0]!), responseMs: 4000, mode: 'today' });
    await before.call('practice:answer', { questionId: ids[1], choice: key(ids[1]!), responseMs: 4000, mode: 'today' });
    await before.call('collections:setFavourite', { questionId: ids[2], on: true });
    const old = await before.call<{ id: string; chapters: { id: string; done: number }[] }[]>('catalog:overview', { level: 'junior' });
    expect(old.find((s) => s.id === 'jp')!.chapters.find((c) => c.id === 'jp18-02')).toMatchObject({ done: 2 });
    await before.dispose();

    // The app updated: the same folder, the 2025 bank.
    const after = await open(dataDir, real, T0 + 2 * DAY);
    const jp = (
      await after.call<{ id: string; chapters: { id: string; done: number; correct: number }[] }[]>('catalog:overview', { level: 'junior' })
    ).find((s) => s.id === 'jp')!;
    expect(jp.chapters.map((c) => c.id)).not.toContain('jp18-02');
    expect(jp.chapters.find((c) => c.id === 'jp25-12')).toMatchObject({ done: 2, correct: 1 });
    const mistakes = await after.call<{ id: string; chapter: string }[]>('mistakes:list', {});
    expect(mistakes).toMatchObject([{ id: ids[0], chapter: 'jp25-12' }]);
    expect((await after.call<{ id: string }[]>('mistakes:list', { chapter: 'jp25-12' })).map((m) => m.id)).toEqual([ids[0]]);
    expect((await after.call<{ id: string }[]>('collections:favourites')).map((f) => f.id)).toEqual([ids[2]]);
    // The item answered wrong is due again and comes first in today's session.
    const today = await after.call<{ questions: { id: string }[] }>('today:start');
    expect(today.questions[0]!.id).toBe(ids[0]);
    await after.dispose();
  });
});

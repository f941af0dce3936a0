import { describe, expect, it } from 'vitest';
import type { Settings } from '@shared/settings';
import { BackendError, type Backend } from '../backend/backend';
import { inProcessBackend } from '../../../../test/support/inProcessBackend';
import { passNote, PassesState } from './passes.svelte';

async function setup(patch: Partial<Settings>, wrap: (b: Backend) => Backend = (b) => b) {
  const backend = wrap(await inProcessBackend()); // main's today: 2026-11-28
  let settings: Settings = await backend['settings:update'](patch);
  const state = new PassesState(
    backend,
    () => settings,
    async (p) => {
      try {
        settings = await backend['settings:update'](p);
        return true;
      } catch {
        return false;
      }
    },
  );
  return { backend, state, settings: () => settings };
}

describe('PassesState (滚动管理)', () => {
  it('中级: a 2025 pass lapses before a 2027 exam, a 2026 pass counts for it (中级 carries a pass one year)', async () => {
    const { state, settings } = await setup({ level: 'intermediate', examDate: '2027-06-19' });
    await state.load();
    expect(state.examYear).toBe(2027);
    expect(state.years).toEqual([2026, 2025, 2024, 2023, 2022]);
    expect(state.rows.map((r) => r.id)).toEqual(['mc', 'ml', 'mp']);
    expect(state.rows.every((r) => r.note === null)).toBe(true);

    expect(await state.setPass('mc', 2025)).toBe(true);
    expect(await state.setPass('ml', 2026)).toBe(true);
    const [mc, ml] = state.rows;
    expect(mc!.pass).toMatchObject({ passedYear: 2025, validThrough: 2026, lapsesBeforeExam: true });
    expect(mc!.note).toEqual({ warn: true, text: '注意：成绩只到 2026 年有效，赶不上 2027 年的考试，这一科要重新考。' });
    expect(ml!.note).toMatchObject({ warn: false, text: expect.stringContaining('成绩有效到 2027 年考试') });

    expect(await state.setIncludePassed(true)).toBe(true);
    expect(settings().includePassed).toBe(true);
    expect(state.includePassed).toBe(true);
    await state.setPass('mc', null);
    expect(settings().passes).toEqual({ ml: 2026 });
    expect(state.rows[0]!.note).toBeNull();
  });

  it('初级: a pass counts only in its own year', () => {
    expect(passNote({ passedYear: 2025, validThrough: 2025, countsForExam: false, lapsesBeforeExam: false }, 2026)).toEqual({
      warn: true,
      text: '成绩有效到 2025 年考试。这个成绩已经过期，这一科要重新考',
    });
  });

  it('shows main’s message when the report cannot be read', async () => {
    const { state } = await setup({ level: 'junior' }, (b) => ({
      ...b,
      'report:get': async () => {
        throw new BackendError('STORAGE_READ', '读取学习记录时出错');
      },
    }));
    await state.load();
    expect(state.error).toBe('读取学习记录时出错');
    expect(state.rows).toEqual([]);
  });
});

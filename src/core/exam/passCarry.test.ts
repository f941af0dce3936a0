import { describe, expect, it } from 'vitest';
import { passStandings, passValidThrough } from './passCarry';

describe('滚动管理', () => {
  it('中级: a pass in year X counts through year X+1; 初级: only in its own year', () => {
    expect(passValidThrough('intermediate', 2025)).toBe(2026);
    expect(passValidThrough('junior', 2025)).toBe(2025);
  });

  it('says which passes count for the planned exam, and warns of one that lapses before it', () => {
    const subjects = ['mc', 'ml', 'mp'];
    // Passed 综合能力 in 2025 and 法规 in 2026; planning for the 2026 exam: both count, 实务 still to pass.
    expect(passStandings('intermediate', subjects, { mc: 2025, ml: 2026 }, 2026, 2026).map((p) => [p.subject, p.countsForExam])).toEqual([
      ['mc', true],
      ['ml', true],
      ['mp', false],
    ]);
    // Planning for 2027 in 2026: the 2025 pass lapses after 2026 — warned; the 2026 pass still counts.
    const next = passStandings('intermediate', subjects, { mc: 2025, ml: 2026 }, 2027, 2026);
    expect(next[0]).toMatchObject({ subject: 'mc', validThrough: 2026, countsForExam: false, lapsesBeforeExam: true });
    expect(next[1]).toMatchObject({ subject: 'ml', validThrough: 2027, countsForExam: true, lapsesBeforeExam: false });
    // In 2028 the 2025 pass is long gone: shown with its years, no warning.
    expect(passStandings('intermediate', subjects, { mc: 2025 }, 2028, 2028)[0]).toMatchObject({
      countsForExam: false,
      lapsesBeforeExam: false,
    });
  });

  it('初级: a pass of last year does not count this year', () => {
    expect(passStandings('junior', ['jc', 'jp'], { jc: 2025 }, 2026, 2026)[0]).toMatchObject({
      countsForExam: false,
      lapsesBeforeExam: false,
    });
    expect(passStandings('junior', ['jc', 'jp'], { jc: 2026 }, 2026, 2026)[0]).toMatchObject({ countsForExam: true });
  });
});

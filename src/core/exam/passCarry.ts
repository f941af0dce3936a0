/**
 * 滚动管理: how long a passed subject counts. 中级: a subject passed in year X counts through year X+1, so the
 * candidate must pass the remaining subjects by then (a two-year rolling window). 初级: no carry-over — both subjects
 * must be passed in the same year's exam.
 */
export type PassLevel = 'junior' | 'intermediate';

export interface PassStanding {
  subject: string;
  /** The year the learner recorded passing it, or null. */
  passedYear: number | null;
  /** The last exam year the pass counts for (null when not passed). */
  validThrough: number | null;
  /** Whether the pass counts for the exam year being planned for (so the subject needs no more study). */
  countsForExam: boolean;
  /** A pass that counts now but lapses before the exam being planned for. */
  lapsesBeforeExam: boolean;
}

/** The last exam year a pass of `year` counts for. */
export function passValidThrough(level: PassLevel, year: number): number {
  return level === 'intermediate' ? year + 1 : year;
}

/**
 * Each subject's standing for the exam of `examYear`, given the years the learner passed subjects and the current
 * year (`thisYear`; a pass that already lapsed is shown with its years, and does not count).
 */
export function passStandings(
  level: PassLevel,
  subjects: readonly string[],
  passes: Readonly<Record<string, number | undefined>>,
  examYear: number,
  thisYear: number,
): PassStanding[] {
  return subjects.map((subject) => {
    const year = passes[subject];
    if (year === undefined) return { subject, passedYear: null, validThrough: null, countsForExam: false, lapsesBeforeExam: false };
    const validThrough = passValidThrough(level, year);
    const countsForExam = year <= examYear && examYear <= validThrough;
    return {
      subject,
      passedYear: year,
      validThrough,
      countsForExam,
      lapsesBeforeExam: !countsForExam && thisYear <= validThrough && validThrough < examYear,
    };
  });
}

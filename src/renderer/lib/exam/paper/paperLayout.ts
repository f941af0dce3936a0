import type { ExamView, PublicCase, PublicQuestion } from '@shared/ipc/contract';
import { PAPER_MESSAGES as M } from './messages';

/** One numbered item of the printed paper. */
export type PaperEntry = { no: number; question: PublicQuestion; case?: never } | { no: number; case: PublicCase; question?: never };

export interface PaperSection {
  /** 一、单项选择题（共 60 题…）: the heading as the printed paper words it. */
  heading: string;
  entries: PaperEntry[];
}

/**
 * The printed paper of a sitting: one section per run of same-kind items in paper order (单选 then 多选, or 案例分析
 * then 方案设计), numbered 一、二、… and the items 1, 2, … continuously, as on paper.
 */
export function paperSections(view: Pick<ExamView, 'kind' | 'questions' | 'cases'>): PaperSection[] {
  const runs: { kind: string; entries: PaperEntry[]; score: number }[] = [];
  const add = (kind: string, entry: PaperEntry, score: number) => {
    const last = runs.at(-1);
    if (last && last.kind === kind) last.entries.push(entry);
    else runs.push({ kind, entries: [entry], score });
  };
  if (view.kind === 'case') view.cases.forEach((c, i) => add(c.caseKind, { no: i + 1, case: c }, c.maxScore));
  else view.questions.forEach((q, i) => add(q.type, { no: i + 1, question: q }, 0));
  return runs.map((r, i) => {
    const n = r.entries.length;
    const title =
      r.kind === 'single'
        ? M.single(n)
        : r.kind === 'multiple'
          ? M.multiple(n)
          : r.kind === 'analysis'
            ? M.analysis(n, r.score)
            : M.design(n, r.score);
    return { heading: `${M.sectionNo[i] ?? String(i + 1)}、${title}`, entries: r.entries };
  });
}

import type { AssignmentProgress, CentreBankRef, LearnerRow } from '@shared/centre/contract';

type Cell = string | number | null;
export interface Sheet {
  header: string[];
  rows: Cell[][];
}

const kindName = (k: AssignmentProgress['kind']) => (k === 'mock' ? '模拟考试' : '练习');
const localTime = (ms: number) => new Date(ms).toLocaleString('zh-CN', { hour12: false });

/** What an assignment targets, as the teacher reads it: the chapter's title or the subject's name (else the id). */
export type TargetName = (a: Pick<AssignmentProgress, 'kind' | 'target'>) => string;

/** The assignment table: one row per assignment, with how many of the class have done it and who. */
export function assignmentSheet(rows: AssignmentProgress[], classSize: number, target: TargetName): Sheet {
  return {
    header: ['类型', '名称', '章节或科目', '截止日期', '已完成人数', '班级人数', '已完成的学员'],
    rows: rows.map((a) => [kindName(a.kind), a.title, target(a), a.dueDay, a.done, classSize, a.doneBy.join('、')]),
  };
}

/** Who has done each assignment: one row per (assignment, learner of the class), 已完成 or 未完成. */
export function assignmentDoneSheet(rows: AssignmentProgress[], learners: LearnerRow[], target: TargetName): Sheet {
  return {
    header: ['作业', '类型', '章节或科目', '截止日期', '学员', '是否完成'],
    rows: rows.flatMap((a) => {
      const done = new Set(a.doneBy);
      return learners.map((l) => [a.title, kindName(a.kind), target(a), a.dueDay, l.name, done.has(l.name) ? '已完成' : '未完成']);
    }),
  };
}

/** Every mock sitting of the class: learner, day, subject, score, pass line, passed or not. */
export function mockSheet(learners: LearnerRow[], subjectName: (id: string | null) => string): Sheet {
  return {
    header: ['学员', '日期', '科目', '分数', '及格线', '是否及格'],
    rows: learners.flatMap((l) =>
      l.mocks.map((m) => [l.name, m.day, subjectName(m.subject), m.score, m.passLine, m.score >= m.passLine ? '及格' : '未及格']),
    ),
  };
}

/** The class's question banks: 名称 and when each was uploaded (the centre's local time). */
export function bankSheet(banks: CentreBankRef[]): Sheet {
  return { header: ['名称', '上传时间'], rows: banks.map((b) => [b.name, localTime(b.uploadedAt)]) };
}

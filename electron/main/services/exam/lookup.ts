import type { SubjectId } from '@shared/bank/schema';
import { AppError } from '@shared/errors';
import type { ExamDoc } from '../../storage/examsRepo';
import type { Services } from '../services';
import { EXAM_MESSAGES as M } from './messages';

/** What this feature uses of the services. */
type Deps = Pick<Services, 'bank' | 'exams'>;

export function subjectOf(s: Deps, id: SubjectId) {
  const sub = s.bank.subject(id);
  if (!sub) throw new AppError('NOT_FOUND', M.noSubject);
  return sub;
}

export function examOrThrow(s: Deps, id: string): ExamDoc {
  const e = s.exams.get(id);
  if (!e) throw new AppError('NOT_FOUND', M.noExam);
  return e;
}

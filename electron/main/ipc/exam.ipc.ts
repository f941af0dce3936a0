import type { Services } from '../services/services';
import { examOptions, startExam } from '../services/exam/paper';
import { examHistory, examResult } from '../services/exam/results';
import { activeExam, answerExam, caseAnswerExam, caseMarkExam, getExam, markExam, submitExam } from '../services/exam/sitting';
import type { PrefixHandlers } from './handlers';

export function examHandlers(s: Services): PrefixHandlers<'exam'> {
  return {
    'exam:options': ({ subject }) => examOptions(s, subject),
    'exam:start': (args) => startExam(s, args),
    'exam:get': ({ id }) => getExam(s, id),
    'exam:answer': ({ id, questionId, choice }) => answerExam(s, id, questionId, choice),
    'exam:mark': ({ id, questionId, marked }) => markExam(s, id, questionId, marked),
    'exam:caseAnswer': ({ id, questionId, answers }) => caseAnswerExam(s, id, questionId, answers),
    'exam:submit': ({ id }) => submitExam(s, id),
    'exam:result': ({ id }) => examResult(s, id),
    'exam:caseMark': ({ id, questionId, covered }) => caseMarkExam(s, id, questionId, covered),
    'exam:active': () => activeExam(s),
    'exam:history': () => examHistory(s),
  };
}

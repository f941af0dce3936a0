import { caseReference, recordCase, startCases } from '../services/cases';
import type { Services } from '../services/createServices';
import type { HandlerGroup } from './handlers';

export function casesHandlers(s: Services): HandlerGroup<'cases:start' | 'cases:reference' | 'cases:record'> {
  return {
    'cases:start': ({ subject, chapter }) => startCases(s, subject, chapter),
    'cases:reference': ({ questionId }) => caseReference(s, questionId),
    'cases:record': (args) => recordCase(s, args),
  };
}

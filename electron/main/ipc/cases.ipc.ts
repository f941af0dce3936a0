import { caseFavourites, caseReference, recordCase, saveCaseDraft, startCases } from '../services/cases';
import type { Services } from '../services/services';
import type { PrefixHandlers } from './handlers';

export function casesHandlers(s: Services): PrefixHandlers<'cases'> {
  return {
    'cases:start': ({ subject, chapter, questionId }) => startCases(s, subject, chapter, questionId),
    'cases:favourites': () => caseFavourites(s),
    'cases:reference': ({ questionId }) => caseReference(s, questionId),
    'cases:record': (args) => recordCase(s, args),
    'cases:saveDraft': ({ questionId, answers }) => saveCaseDraft(s, questionId, answers),
  };
}

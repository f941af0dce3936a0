import { listMistakes, removeMistake } from '../services/collections';
import type { Services } from '../services/services';
import type { PrefixHandlers } from './handlers';

export function mistakesHandlers(s: Services): PrefixHandlers<'mistakes'> {
  return {
    'mistakes:list': (filter) => listMistakes(s, filter),
    'mistakes:remove': ({ questionId }) => removeMistake(s, questionId),
  };
}

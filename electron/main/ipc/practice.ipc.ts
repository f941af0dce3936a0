import { questionsById } from '../services/collections';
import { answerQuestion, itemKeys, startPractice } from '../services/practice';
import type { Services } from '../services/services';
import type { PrefixHandlers } from './handlers';

export function practiceHandlers(s: Services): PrefixHandlers<'practice'> {
  return {
    'practice:start': (args) => startPractice(s, args),
    'practice:answer': (args) => answerQuestion(s, args),
    'practice:questions': ({ ids }) => questionsById(s, ids),
    'practice:keys': ({ ids }) => itemKeys(s, ids),
  };
}

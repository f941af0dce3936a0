import type { Services } from '../services/createServices';
import { answerQuestion, startPractice } from '../services/practice';
import type { HandlerGroup } from './handlers';

export function practiceHandlers(s: Services): HandlerGroup<'practice:start' | 'practice:answer'> {
  return {
    'practice:start': (args) => startPractice(s, args),
    'practice:answer': (args) => answerQuestion(s, args),
  };
}

import { markRead, startReading } from '../services/read';
import type { Services } from '../services/services';
import type { PrefixHandlers } from './handlers';

export function readHandlers(s: Services): PrefixHandlers<'read'> {
  return {
    'read:start': (source) => startReading(s, source),
    'read:mark': ({ source, questionId, remembered }) => markRead(s, source, questionId, remembered),
  };
}

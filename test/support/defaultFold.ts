import { paramsKey } from '@core/srs/cardState';
import { createScheduler } from '@core/srs/scheduler';
import type { FoldParams } from '../../electron/main/storage/answersRepo';

/** Default scheduler parameters (retention 0.9, FSRS-6 default weights), for tests and tools. */
export function defaultFold(): FoldParams {
  const p = { retention: 0.9, weights: null };
  return { scheduler: createScheduler(p), key: paramsKey(p) };
}

import type { Services } from '../services/services';
import type { PrefixHandlers } from './handlers';

export function appHandlers(s: Services): PrefixHandlers<'app'> {
  return {
    'app:status': () => ({
      dataDir: s.config.dataDir,
      bankProblems: s.bank.problems,
      storageNotices: s.notices,
      storageProblem: s.health.problem,
      learner: s.learnerId ? (s.profiles.get(s.learnerId)?.name ?? null) : null,
    }),
  };
}

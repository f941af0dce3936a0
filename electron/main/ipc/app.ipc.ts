import type { Services } from '../services/createServices';
import type { HandlerGroup } from './handlers';

export function appHandlers(s: Services): HandlerGroup<'app:status'> {
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

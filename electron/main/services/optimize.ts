import type { GradedReview } from '@core/srs/evaluate';
import { evaluateParams, trainingSequences } from '@core/srs/evaluate';
import { AppError } from '@shared/errors';
import type { OptimizeResult, SrsStatus } from '@shared/ipc/contract';
import { SERVICE_MESSAGES } from './messages';
import type { Services } from './services';

/** Fitting needs enough history to beat the defaults. */
export const MIN_REVIEWS_TO_OPTIMIZE = 1000;

type Binding = typeof import('@open-spaced-repetition/binding');
let binding: Promise<Binding | null> | null = null;

/** Loads the optimizer (a native/WASI module) once; null when this machine cannot load it. */
function loadBinding(log: (m: string) => void): Promise<Binding | null> {
  binding ??= import('@open-spaced-repetition/binding').then(
    (m) => m,
    (e: unknown) => {
      log(`optimizer unavailable: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    },
  );
  return binding;
}

async function gradedHistories(s: Services): Promise<GradedReview[][]> {
  const byQuestion = new Map<string, GradedReview[]>();
  for (const r of await s.answers.history()) {
    if (!r.grade) continue;
    const list = byQuestion.get(r.questionId) ?? [];
    list.push({ at: r.at, grade: r.grade });
    byQuestion.set(r.questionId, list);
  }
  return [...byQuestion.values()];
}

function reviewCount(s: Services): number {
  let n = 0;
  for (const stat of s.answers.model().questions.values()) n += stat.card?.reps ?? 0;
  return n;
}

export async function srsStatus(s: Services): Promise<SrsStatus> {
  return {
    reviews: reviewCount(s),
    minReviews: MIN_REVIEWS_TO_OPTIMIZE,
    optimizedAt: s.srsParams.get().optimizedAt,
    optimizerAvailable: (await loadBinding(s.config.log)) !== null,
  };
}

/** How long 优化参数 waits for the optimizer before giving up (the fit itself takes seconds even at 100k reviews). */
export const OPTIMIZE_LIMIT_MS = 120_000;

/**
 * 优化参数: fits FSRS weights to the learner's own graded reviews with the FSRS optimizer, compares how well the old
 * and new weights predict that history, and keeps the new ones only if they predict it better.
 *
 * The binding's own `timeout` option is never passed: it is the sleep of its progress-polling thread and the call
 * waits for that thread, so every fit took the whole timeout (60 s) however early training finished. The app bounds
 * the wait itself instead. (The fit runs on the binding's own thread, so answering goes on meanwhile.)
 */
export async function optimizeParams(
  s: Services,
  load: () => Promise<Binding | null> = () => loadBinding(s.config.log),
  limitMs = OPTIMIZE_LIMIT_MS,
): Promise<OptimizeResult> {
  const reviews = reviewCount(s);
  if (reviews < MIN_REVIEWS_TO_OPTIMIZE) {
    throw new AppError(
      'REFUSED',
      `至少需要 ${MIN_REVIEWS_TO_OPTIMIZE} 次复习记录才能优化参数，你现在有 ${reviews} 次。请继续每天学习，之后再试。`,
    );
  }
  const b = await load();
  if (!b) throw new AppError('INTERNAL', '这台电脑上无法加载参数优化组件，将继续使用默认参数，学习不受影响。');
  const histories = await gradedHistories(s);
  const sequences = trainingSequences(histories, s.day);
  const items = sequences.map((seq) => new b.FSRSBindingItem(seq.map((r) => new b.FSRSBindingReview(r.rating, r.deltaT))));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tooLong = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError('INTERNAL', SERVICE_MESSAGES.optimizeTooLong)), limitMs);
  });
  const weights = await Promise.race([b.computeParameters(items, { enableShortTerm: false }), tooLong]).finally(() => clearTimeout(timer));
  const settings = s.settings.get();
  const current = s.srsParams.get();
  const before = evaluateParams(histories, { retention: settings.desiredRetention, weights: current.weights });
  const after = evaluateParams(histories, { retention: settings.desiredRetention, weights });
  const applied = after.logLoss < before.logLoss;
  if (applied) {
    await s.srsParams.set({ weights, optimizedAt: s.config.now(), reviewsUsed: reviews });
    await s.refreshScheduler();
  }
  return {
    applied,
    before,
    after,
    message: applied
      ? '已根据你的复习记录优化参数，之后的复习安排会更贴合你的记忆规律。'
      : '新参数没有比现在的参数预测得更准，已保留现在的参数。',
  };
}

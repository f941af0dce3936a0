import { scoreObjective } from '@core/scoring/objective';
import type { OptionKey } from '@shared/bank/schema';
import type { AnswerArgs, Feedback, ItemKey, PublicQuestion } from '@shared/ipc/contract';
import type { Backend } from '../backend/backend';
import { BackendError } from '../backend/backend';
import { errorText } from '../app/errorText';
import { nextTask } from '../app/nextTask';
import { PRACTICE_MESSAGES } from './messages';

/** Kept here (not in messages.ts) so this module stays apart from the practice screens' own files. */
export const SAVER_MESSAGES = {
  answerWaiting: (n: number, why: string) =>
    `有 ${n} 道题的答案还没有保存，社工路正在自动重试，请不要关闭社工路。${why ? `（${why}）` : ''}`,
  refused: (why: string) => `这道题的答案没有保存：${why}`,
};

/** Keys fetched per request: the current page, and the next one once the learner reaches it. */
export const KEY_PAGE = 50;

/**
 * The verdict within one frame (issue 14): the keys and 解析 of a practice set, fetched a page ahead, so an answer is
 * scored here (with the same official rule as main) and its verdict shown the moment 提交 is pressed, while main
 * records it durably behind it. Main's feedback (grade, next review) replaces this one when it arrives.
 */
export class EarlyVerdict {
  readonly #backend: Backend;
  // Plain collections on purpose: nothing renders from them; the verdict they give becomes the session's state.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #keys = new Map<string, ItemKey>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #asked = new Set<number>();
  #ids: readonly string[] = [];

  constructor(backend: Backend) {
    this.#backend = backend;
  }

  /** The set's question ids, in order; fetches the first page. */
  prepare(ids: readonly string[]): void {
    this.#ids = ids;
    this.#asked.clear();
    this.#keys.clear();
    this.ahead(0);
  }

  /** At question `index`: makes sure its page and the next are fetched (or being fetched). */
  ahead(index: number): void {
    const page = Math.floor(index / KEY_PAGE);
    for (const p of [page, page + 1]) {
      if (this.#asked.has(p) || p * KEY_PAGE >= this.#ids.length) continue;
      this.#asked.add(p);
      const ids = this.#ids.slice(p * KEY_PAGE, (p + 1) * KEY_PAGE);
      this.#backend['practice:keys']({ ids }).then(
        ({ keys }) => {
          for (const k of keys) this.#keys.set(k.questionId, k);
        },
        () => this.#asked.delete(p), // asked again at the next question; meanwhile main's feedback is awaited
      );
    }
  }

  /** The verdict for this choice, or null when the key is not here yet (then main's feedback is awaited). */
  verdict(q: PublicQuestion, choice: readonly OptionKey[]): Feedback | null {
    const key = this.#keys.get(q.id);
    if (!key || key.type !== q.type) return null;
    const scored = scoreObjective(q.type, key.answer, choice);
    return {
      questionId: key.questionId,
      answer: key.answer,
      explanation: key.explanation,
      basis: key.basis,
      ...(key.review ? { review: key.review } : {}),
      ...(key.imported ? { imported: key.imported } : {}),
      favourite: key.favourite,
      note: key.note,
      outcome: scored.outcome,
      correct: scored.outcome === 'correct',
      score: scored.score,
      maxScore: scored.maxScore,
      saved: true,
      grade: null,
      nextDue: null,
      nextInDays: null,
    };
  }
}

/** Codes that mean main did not get (or could not finish) the request: worth sending again. Others are refusals. */
const RETRIED = new Set(['INTERNAL', 'STORAGE_WRITE']);

let attempt = 0;
const attemptId = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}-${(attempt++).toString(36)}`;

/**
 * Sends answers to main until main confirms each, for as long as the app runs (not the practice screen): a failed
 * send is retried with the same attempt id (main records it once), and while any answer waits the learner is told
 * (`problem`, shown app-wide). Never drops an answer silently.
 */
export class AnswerSaver {
  readonly #backend: Backend;
  readonly #retryMs: number;
  #waiting = $state(0);
  #lastError = $state<string | null>(null);

  constructor(backend: Backend, retryMs = 3000) {
    this.#backend = backend;
    this.#retryMs = retryMs;
  }

  /** Answers main has not confirmed yet after a failed send. */
  get waiting(): number {
    return this.#waiting;
  }

  /** A learner-facing line while an answer waits to be saved, else null. */
  get problem(): string | null {
    return this.#waiting > 0 ? SAVER_MESSAGES.answerWaiting(this.#waiting, this.#lastError ?? '') : null;
  }

  /**
   * Records the answer (sent in the task after the caller's); resolves with main's feedback once main has it. A
   * refusal (the question is gone, a bad choice) rejects at once; a failure to reach main or to write is retried until
   * it succeeds.
   */
  async save(args: AnswerArgs): Promise<Feedback> {
    const sent = { ...args, attemptId: args.attemptId ?? attemptId() };
    let failing = false;
    // Sent from a task of its own, right behind 提交's: the verdict's frame is not held back by the send (in the
    // browser runtime a fetch() costs 1–2 ms of the click's task); the answer leaves a task later.
    await nextTask();
    try {
      for (;;) {
        try {
          const feedback = await this.#backend['practice:answer'](sent);
          return feedback;
        } catch (e) {
          if (!(e instanceof BackendError) || !RETRIED.has(e.code)) throw e;
          this.#lastError = errorText(e, PRACTICE_MESSAGES.saveFailed);
          if (!failing) this.#waiting++;
          failing = true;
          await new Promise((r) => setTimeout(r, this.#retryMs));
        }
      }
    } finally {
      if (failing) this.#waiting--;
    }
  }
}

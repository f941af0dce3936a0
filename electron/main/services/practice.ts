import { importMsg } from '../import/messages';
import { selectPracticeSet } from '@core/practice/selectQuestions';
import { DAY } from '@core/srs/calendar';
import type { ObjectiveItem } from '@shared/bank/schema';
import { AppError } from '@shared/errors';
import type { AnswerArgs, Feedback, ItemKey, PublicQuestion, StartArgs } from '@shared/ipc/contract';
import { recordAnswers } from './recordAnswers';
import type { Services } from './services';

/** What this feature uses of the services. */
type Deps = Pick<Services, 'answers' | 'bank' | 'collections' | 'config' | 'day'>;

const DEFAULT_SET_SIZE = 10;

export function toPublic(item: ObjectiveItem): PublicQuestion {
  return { id: item.id, type: item.type, chapter: item.chapter, stem: item.stem, options: item.options };
}

export function objectiveItem(s: Deps, id: string): ObjectiveItem {
  const item = s.bank.item(id);
  if (!item || item.type === 'case') {
    throw new AppError('NOT_FOUND', '没有找到这道题，可能题库已更新。请返回首页重新开始练习。');
  }
  return item;
}

/** Starts a chapter-practice set (objective items only). */
export function startPractice(s: Deps, args: StartArgs): { questions: PublicQuestion[] } {
  if (s.bank.chapter(args.chapter)?.subject.def.id !== args.subject) {
    throw new AppError('NOT_FOUND', '没有找到这个章节，可能题库已更新。请返回首页重新选择。');
  }
  const objective = s.bank.itemsInChapter(args.chapter).filter((i): i is ObjectiveItem => i.type !== 'case');
  return { questions: selectPracticeSet(objective, s.answers.model().questions, args.limit ?? DEFAULT_SET_SIZE).map(toPublic) };
}

/** The key, 解析 and the learner's own mark of each objective item (unknown ids and case items are left out). */
export function itemKeys(s: Deps, ids: readonly string[]): { keys: ItemKey[] } {
  const favourites = s.collections.favourites();
  const notes = s.collections.notes();
  const keys: ItemKey[] = [];
  for (const id of ids) {
    const item = s.bank.item(id);
    if (!item || item.type === 'case') continue;
    keys.push({
      questionId: item.id,
      type: item.type,
      ...staticFeedback(item),
      favourite: item.id in favourites,
      note: notes[item.id]?.text ?? '',
    });
  }
  return { keys };
}

function staticFeedback(item: ObjectiveItem): Pick<Feedback, 'answer' | 'explanation' | 'basis' | 'review' | 'imported'> {
  return {
    answer: item.answer,
    explanation: item.explanation,
    ...('imported' in item
      ? { basis: importMsg.basisOf(item.imported.file), imported: { file: item.imported.file, scope: item.imported.scope } }
      : { basis: item.basis, review: item.review }),
  };
}

/** Feedback already given per attempt id, per learner's answer log: a repeated request records nothing twice. */
const ATTEMPTS_KEPT = 500;
const attempts = new WeakMap<object, Map<string, Promise<Feedback>>>();

/**
 * Scores with the official rule, derives the FSRS grade, records durably, then returns the key and 解析. With an
 * attempt id already seen (the renderer retrying after a lost reply), returns that attempt's feedback instead.
 */
export function answerQuestion(s: Deps, args: AnswerArgs): Promise<Feedback> {
  if (args.attemptId === undefined) return recordAnswer(s, args);
  let seen = attempts.get(s.answers);
  if (!seen) attempts.set(s.answers, (seen = new Map()));
  const before = seen.get(args.attemptId);
  if (before) return before;
  const run = recordAnswer(s, args);
  seen.set(args.attemptId, run);
  // A refused request (bad choice) recorded nothing: it may be sent again.
  run.catch(() => seen.delete(args.attemptId!));
  if (seen.size > ATTEMPTS_KEPT) seen.delete(seen.keys().next().value!);
  return run;
}

async function recordAnswer(s: Deps, args: AnswerArgs): Promise<Feedback> {
  const item = objectiveItem(s, args.questionId);
  const allowed = new Set(item.options.map((o) => o.key));
  if (args.choice.some((k) => !allowed.has(k))) {
    throw new AppError('BAD_REQUEST', '所选选项不属于这道题。请重新作答。');
  }
  const now = s.config.now();
  const { saved, recorded } = await recordAnswers(s, [{ item, choice: args.choice, responseMs: args.responseMs, guessed: args.guessed }], {
    mode: args.mode,
    at: now,
  });
  const { scored, correct, grade } = recorded[0]!;
  const card = s.answers.model().questions.get(item.id)?.card ?? null;
  return {
    questionId: item.id,
    outcome: scored.outcome,
    correct,
    score: scored.score,
    maxScore: scored.maxScore,
    ...staticFeedback(item),
    saved,
    grade,
    nextDue: grade && card ? card.due : null,
    nextInDays: grade && card ? Math.round((s.day.startOf(card.due) - s.day.startOf(now)) / DAY) : null,
    favourite: item.id in s.collections.favourites(),
    note: s.collections.notes()[item.id]?.text ?? '',
  };
}

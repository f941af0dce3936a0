import { selectPracticeSet } from '../../core/practice/selectQuestions';
import { scoreObjective } from '../../core/scoring/objective';
import type { ObjectiveItem } from '../../shared/bank/schema';
import { AppError } from '../../shared/errors';
import type { AnswerArgs, Feedback, PublicQuestion, StartArgs } from '../../shared/ipc/contract';
import type { Services } from './createServices';

const DEFAULT_SET_SIZE = 10;

function toPublic(item: ObjectiveItem): PublicQuestion {
  return { id: item.id, type: item.type, chapter: item.chapter, stem: item.stem, options: item.options };
}

/** Starts a chapter-practice set (objective items only). */
export function startPractice(s: Services, args: StartArgs): { questions: PublicQuestion[] } {
  const subject = s.bank.subjects.find((x) => x.def.id === args.subject);
  if (!subject || !subject.chapters.some((c) => c.id === args.chapter)) {
    throw new AppError('NOT_FOUND', '没有找到这个章节，可能题库已更新。请返回首页重新选择。');
  }
  const objective = s.bank
    .itemsInChapter(args.chapter)
    .filter((i): i is ObjectiveItem => i.type !== 'case');
  return { questions: selectPracticeSet(objective, s.answers.index(), args.limit ?? DEFAULT_SET_SIZE).map(toPublic) };
}

/** Scores an answer with the official rule, records it durably, then returns the key and 解析. */
export async function answerQuestion(s: Services, args: AnswerArgs): Promise<Feedback> {
  const item = s.bank.item(args.questionId);
  if (!item || item.type === 'case') {
    throw new AppError('NOT_FOUND', '没有找到这道题，可能题库已更新。请返回首页重新开始练习。');
  }
  const allowed = new Set(item.options.map((o) => o.key));
  if (args.choice.some((k) => !allowed.has(k))) {
    throw new AppError('BAD_REQUEST', '所选选项不属于这道题。请重新作答。');
  }
  const scored = scoreObjective(item.type, item.answer, args.choice);
  const correct = scored.outcome === 'correct';
  const saved = await s.answers.append({
    questionId: item.id,
    at: s.config.now(),
    choice: [...new Set(args.choice)].sort(),
    correct,
    score: scored.score,
    responseMs: args.responseMs,
    mode: 'practice',
  });
  return {
    questionId: item.id,
    outcome: scored.outcome,
    correct,
    score: scored.score,
    maxScore: scored.maxScore,
    answer: item.answer,
    explanation: item.explanation,
    basis: item.basis,
    review: item.review,
    saved,
  };
}

import { z } from 'zod';
import { OptionKey, SubjectId } from '../../bank/schema';
import { CardOrder, CaseKind, ExamForm, ExamId, ItemType, PaperKind } from '../../formats';
import { Empty, PublicCase, PublicQuestion, type ContractPart } from './common';

export const ExamOptions = z.object({
  subject: SubjectId,
  name: z.string(),
  kind: PaperKind,
  /** What the official blueprint asks for, per kind (single/multiple or analysis/design). */
  blueprint: z.record(z.string(), z.number()),
  available: z.record(z.string(), z.number()),
  minutes: z.number(),
  total: z.number(),
  /** Whether the bank can fill the official paper. */
  full: z.boolean(),
  chapters: z.array(z.object({ id: z.string(), no: z.number(), title: z.string() })),
  /** 滚动管理: the learner's pass in this subject still counts for the exam planned for (and they did not ask to keep practising passed subjects). */
  passed: z.boolean(),
});

export type ExamOptions = z.infer<typeof ExamOptions>;

export const ExamStartArgs = z.object({
  subject: SubjectId,
  /** 纸笔考试 or 机考界面 (the default). */
  form: ExamForm.optional(),
  /** A custom paper: counts per kind, minutes, and optionally only some chapters. */
  custom: z
    .object({
      counts: z.record(z.string(), z.number().int().min(0).max(200)),
      minutes: z.number().int().min(1).max(300),
      chapters: z.array(z.string().max(32)).max(30).optional(),
    })
    .optional(),
});

export type ExamStartArgs = z.infer<typeof ExamStartArgs>;

export const ExamView = z.object({
  id: z.string(),
  /** The learner's name for the exam header. */
  candidate: z.string(),
  subject: SubjectId,
  subjectName: z.string(),
  kind: PaperKind,
  /** 纸笔考试 (the printed paper and an answer card) or 机考界面: two views of the same sitting. */
  form: ExamForm,
  /** How the paper form's answer card is numbered (the subject's blueprint data). */
  cardOrder: CardOrder,
  deadline: z.number(),
  /** The main process's clock when this view was made, so the countdown follows it. */
  serverNow: z.number(),
  minutes: z.number(),
  questions: z.array(PublicQuestion),
  cases: z.array(PublicCase),
  answers: z.record(z.string(), z.array(OptionKey)),
  marked: z.array(z.string()),
  caseAnswers: z.record(z.string(), z.array(z.string())),
  submitted: z.boolean(),
});

export type ExamView = z.infer<typeof ExamView>;

export const ExamResult = z.object({
  id: z.string(),
  subject: SubjectId,
  subjectName: z.string(),
  kind: PaperKind,
  createdAt: z.number(),
  submittedAt: z.number(),
  autoSubmitted: z.boolean(),
  usedMs: z.number(),
  /** The score so far; final only when `pendingMarks` is 0. */
  score: z.number(),
  total: z.number(),
  passScore: z.number(),
  /** Judged only once every case is marked: false while `pendingMarks` > 0, so check that first. */
  passed: z.boolean(),
  unanswered: z.number(),
  /** Items of the paper no longer in the bank (已下架): left out of the review and of the score. */
  withdrawn: z.number().int().nonnegative(),
  /** Imported items of the paper whose bank the learner removed (已删除): left out of the review and of the score. */
  deleted: z.number().int().nonnegative().default(0),
  /** Case items in the paper, and how many of them still wait for the learner's self-marking. */
  caseCount: z.number().int().nonnegative(),
  pendingMarks: z.number().int().nonnegative(),
  chapters: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      items: z.number(),
      correct: z.number(),
      score: z.number(),
      max: z.number(),
      pending: z.number().int().nonnegative(),
    }),
  ),
  items: z.array(
    z.object({
      id: z.string(),
      type: ItemType,
      caseKind: CaseKind.nullable(),
      stem: z.string(),
      options: z.array(z.object({ key: OptionKey, text: z.string() })),
      choice: z.array(OptionKey),
      answer: z.array(OptionKey),
      /** 解析 (for a case: the 答题思路; empty when the item has none). */
      explanation: z.string(),
      /** 依据: the law and article, theory or concept the key rests on. */
      basis: z.string(),
      /** correct / partial / wrong / blank for objective items; marked / unmarked for cases. */
      outcome: z.string(),
      /** 标记: the candidate marked the item during the sitting (not the self-marking of a case). */
      flagged: z.boolean(),
      score: z.number(),
      max: z.number(),
      caseAnswers: z.array(z.string()),
      points: z.array(z.object({ no: z.number(), prompt: z.string(), points: z.array(z.object({ text: z.string(), score: z.number() })) })),
      covered: z.array(z.array(z.number())),
    }),
  ),
});

export type ExamResult = z.infer<typeof ExamResult>;

export const ExamSummary = z.object({
  id: z.string(),
  subject: SubjectId,
  subjectName: z.string(),
  createdAt: z.number(),
  /** As in ExamResult: final, and `passed` meaningful, only when `pendingMarks` is 0. */
  score: z.number(),
  total: z.number(),
  passScore: z.number(),
  passed: z.boolean(),
  caseCount: z.number().int().nonnegative(),
  pendingMarks: z.number().int().nonnegative(),
  usedMs: z.number(),
  custom: z.boolean(),
  /** How it was sat: the lobby offers the latest sitting's form again. */
  form: ExamForm,
});

export type ExamSummary = z.infer<typeof ExamSummary>;

/** The `exam:…` channels. */
export const examContract = {
  'exam:options': { args: z.object({ subject: SubjectId }), result: ExamOptions },
  'exam:start': { args: ExamStartArgs, result: ExamView },
  'exam:get': { args: z.object({ id: ExamId }), result: ExamView },
  'exam:answer': {
    args: z.object({ id: ExamId, questionId: z.string().max(64), choice: z.array(OptionKey).max(5) }),
    result: z.object({ saved: z.boolean() }),
  },
  'exam:mark': {
    args: z.object({ id: ExamId, questionId: z.string().max(64), marked: z.boolean() }),
    result: z.object({ saved: z.boolean() }),
  },
  'exam:caseAnswer': {
    args: z.object({ id: ExamId, questionId: z.string().max(64), answers: z.array(z.string().max(20_000)).max(10) }),
    result: z.object({ saved: z.boolean() }),
  },
  'exam:submit': { args: z.object({ id: ExamId }), result: ExamResult },
  'exam:result': { args: z.object({ id: ExamId }), result: ExamResult },
  'exam:caseMark': {
    args: z.object({
      id: ExamId,
      questionId: z.string().max(64),
      covered: z.array(z.array(z.number().int().min(0).max(50)).max(50)).max(10),
    }),
    result: ExamResult,
  },
  'exam:active': { args: Empty, result: z.object({ id: z.string(), subjectName: z.string(), remainingMs: z.number() }).nullable() },
  'exam:history': { args: Empty, result: z.array(ExamSummary) },
} satisfies ContractPart<'exam'>;

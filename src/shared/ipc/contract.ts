import { z } from 'zod';
import { ItemReview, Level, OptionKey, SubjectId } from '../bank/schema';
import { Settings, SettingsPatch } from '../settings';
import type { Channel } from './channels';

const Empty = z.undefined();

export const ChapterOverview = z.object({
  id: z.string(),
  no: z.number(),
  title: z.string(),
  status: z.enum(['confirmed', 'inferred']),
  single: z.number(),
  multiple: z.number(),
  case: z.number(),
  done: z.number(),
  correct: z.number(),
});
export type ChapterOverview = z.infer<typeof ChapterOverview>;

export const SubjectOverview = z.object({
  id: SubjectId,
  name: z.string(),
  shortName: z.string(),
  tree: z.enum(['2018', '2025']),
  items: z.number(),
  chapters: z.array(ChapterOverview),
});
export type SubjectOverview = z.infer<typeof SubjectOverview>;

export const BankProblem = z.object({ file: z.string(), itemId: z.string().nullable(), field: z.string(), message: z.string() });
export type BankProblem = z.infer<typeof BankProblem>;

/** The training centre's extra banks: where they are read from, what was loaded and what was skipped. */
export const CentreStatus = z.object({
  dir: z.string(),
  /** launch = --centre-banks / SGL_CENTRE_BANKS (fixed); setting = chosen in 设置; default = centre-banks/ in the data folder. */
  source: z.enum(['launch', 'setting', 'default']),
  exists: z.boolean(),
  files: z.number().int().nonnegative(),
  items: z.number().int().nonnegative(),
  problems: z.array(BankProblem),
  /** Set when the machine settings file could not be used (what happened, in Chinese). */
  notice: z.string().nullable(),
  /** Whether an administrator PIN guards class results and the bank folder on this machine. */
  hasAdminPin: z.boolean(),
});
/**
 * Messages for fields a learner types. The dispatcher passes these through to the learner when an argument fails
 * them (every other parse failure gets the generic BAD_REQUEST text), so the renderer need not repeat the rules.
 */
export const FIELD_MESSAGES = {
  adminPin: '管理员 PIN 应为 4 到 8 位数字。',
  name: '请填写名字。',
  nameTooLong: '名字最多 20 个字。',
  pin: '数字密码（PIN）应为 4 到 8 位数字，或者留空。',
} as const;
const LEARNER_MESSAGES: ReadonlySet<string> = new Set(Object.values(FIELD_MESSAGES));
/** The message of a typed field the learner should see for this parse failure, if any. */
export function fieldMessageOf(issues: readonly { message: string }[]): string | undefined {
  return issues.find((i) => LEARNER_MESSAGES.has(i.message))?.message;
}

const AdminPin = z.string().regex(/^\d{4,8}$/, FIELD_MESSAGES.adminPin);
export type CentreStatus = z.infer<typeof CentreStatus>;

export const AppStatus = z.object({
  dataDir: z.string(),
  bankProblems: z.array(BankProblem),
  storageNotices: z.array(z.string()),
  /** Set while some record could not be written to disk yet (it is kept in memory and retried). */
  storageProblem: z.string().nullable(),
  /** The open learner's name. */
  learner: z.string().nullable(),
});
export type AppStatus = z.infer<typeof AppStatus>;

/** A question as the learner sees it before answering: no key, no 解析. */
export const PublicQuestion = z.object({
  id: z.string(),
  type: z.enum(['single', 'multiple']),
  chapter: z.string(),
  stem: z.string(),
  options: z.array(z.object({ key: OptionKey, text: z.string() })),
});
export type PublicQuestion = z.infer<typeof PublicQuestion>;

export const Feedback = z.object({
  questionId: z.string(),
  outcome: z.enum(['correct', 'partial', 'wrong', 'blank']),
  correct: z.boolean(),
  score: z.number(),
  maxScore: z.number(),
  answer: z.array(OptionKey),
  explanation: z.string(),
  basis: z.string(),
  review: ItemReview,
  /** False when the answer is kept in memory but could not be written to disk yet. */
  saved: z.boolean(),
  /** The FSRS grade when the answer counted as a scheduled review, with the next due time. */
  grade: z.enum(['again', 'hard', 'good']).nullable(),
  nextDue: z.number().nullable(),
  /** Local days from today to the next review. */
  nextInDays: z.number().nullable(),
  favourite: z.boolean(),
  note: z.string(),
});
export type Feedback = z.infer<typeof Feedback>;

export const AnswerMode = z.enum(['practice', 'today', 'mistakes', 'favourites', 'exam']);
export type AnswerMode = z.infer<typeof AnswerMode>;

export const AnswerArgs = z.object({
  questionId: z.string().min(1).max(64),
  choice: z.array(OptionKey).max(5),
  responseMs: z
    .number()
    .int()
    .min(0)
    .max(6 * 3600_000),
  mode: AnswerMode.default('practice'),
  /** The learner ticked 我是猜的. */
  guessed: z.boolean().default(false),
});
export type AnswerArgs = z.infer<typeof AnswerArgs>;

export const StartArgs = z.object({
  subject: SubjectId,
  chapter: z.string().min(1).max(32),
  limit: z.number().int().min(1).max(200).optional(),
});
export type StartArgs = z.infer<typeof StartArgs>;

/** A case item as shown before self-marking: material and sub-questions, no reference points. */
export const PublicCase = z.object({
  id: z.string(),
  chapter: z.string(),
  caseKind: z.enum(['analysis', 'design']),
  title: z.string(),
  material: z.string(),
  /** The case's points (20 in the exam), and each sub-question's share, as a printed paper shows them. */
  maxScore: z.number(),
  questions: z.array(z.object({ no: z.number(), prompt: z.string(), score: z.number() })),
});
export type PublicCase = z.infer<typeof PublicCase>;

export const CaseReference = z.object({
  questionId: z.string(),
  questions: z.array(z.object({ no: z.number(), points: z.array(z.object({ text: z.string(), score: z.number() })) })),
  maxScore: z.number(),
  explanation: z.string().nullable(),
  basis: z.string(),
  review: ItemReview,
});
export type CaseReference = z.infer<typeof CaseReference>;

export const CaseRecordArgs = z.object({
  questionId: z.string().min(1).max(64),
  answers: z.array(z.string().max(20_000)).max(10),
  covered: z.array(z.array(z.number().int().min(0).max(50)).max(50)).max(10),
});
export type CaseRecordArgs = z.infer<typeof CaseRecordArgs>;

export const CaseResult = z.object({ score: z.number(), maxScore: z.number(), passed: z.boolean(), saved: z.boolean() });
export type CaseResult = z.infer<typeof CaseResult>;

export const BackupInfo = z.object({
  id: z.string(),
  kind: z.enum(['daily', 'manual', 'before-restore']),
  createdAt: z.number(),
  files: z.number(),
  bytes: z.number(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const TodayPlan = z.object({
  level: Level.nullable(),
  dueCount: z.number(),
  newToday: z.number(),
  introducedToday: z.number(),
  unintroduced: z.number(),
  quota: z.object({
    perDay: z.number(),
    reason: z.enum(['override', 'exam-date', 'no-exam-date', 'exam-passed', 'review-period', 'all-introduced']),
    daysForNew: z.number().nullable(),
  }),
  estMinutes: z.number(),
  /** Whole days from the learner's today (main's clock and time zone) to the exam date; negative once passed, null without one. */
  daysToExam: z.number().nullable(),
});
export type TodayPlan = z.infer<typeof TodayPlan>;

export const ListedQuestion = z.object({
  id: z.string(),
  subject: SubjectId,
  chapter: z.string(),
  chapterTitle: z.string(),
  type: z.enum(['single', 'multiple']),
  stem: z.string(),
});
export type ListedQuestion = z.infer<typeof ListedQuestion>;

export const MistakeEntry = ListedQuestion.extend({
  wrongs: z.number(),
  streak: z.number(),
  lastWrongAt: z.number(),
});
export type MistakeEntry = z.infer<typeof MistakeEntry>;

export const MistakeFilter = z.object({
  subject: SubjectId.optional(),
  chapter: z.string().max(32).optional(),
  type: z.enum(['single', 'multiple']).optional(),
  /** Last wrong answer on or after this local date (YYYY-MM-DD). */
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});
export type MistakeFilter = z.infer<typeof MistakeFilter>;

export const FavouriteEntry = ListedQuestion.extend({ at: z.number(), note: z.string() });
export type FavouriteEntry = z.infer<typeof FavouriteEntry>;

export const SrsStatus = z.object({
  reviews: z.number(),
  minReviews: z.number(),
  optimizedAt: z.number().nullable(),
  optimizerAvailable: z.boolean(),
});
export type SrsStatus = z.infer<typeof SrsStatus>;

export const OptimizeResult = z.object({
  applied: z.boolean(),
  /**
   * How well the old and the new weights predicted the learner's past reviews: log loss, mean predicted recall, and
   * the share actually recalled (the same for both).
   */
  before: z.object({ logLoss: z.number(), retention: z.number(), actual: z.number() }),
  after: z.object({ logLoss: z.number(), retention: z.number(), actual: z.number() }),
  message: z.string(),
});
export type OptimizeResult = z.infer<typeof OptimizeResult>;

const ExamId = z.string().regex(/^[0-9a-z-]{1,40}$/);

export const ExamOptions = z.object({
  subject: SubjectId,
  name: z.string(),
  kind: z.enum(['objective', 'case']),
  /** What the official blueprint asks for, per kind (single/multiple or analysis/design). */
  blueprint: z.record(z.string(), z.number()),
  available: z.record(z.string(), z.number()),
  minutes: z.number(),
  total: z.number(),
  /** Whether the bank can fill the official paper. */
  full: z.boolean(),
  chapters: z.array(z.object({ id: z.string(), no: z.number(), title: z.string() })),
});
export type ExamOptions = z.infer<typeof ExamOptions>;

export const ExamStartArgs = z.object({
  subject: SubjectId,
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
  kind: z.enum(['objective', 'case']),
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
  kind: z.enum(['objective', 'case']),
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
      type: z.enum(['single', 'multiple', 'case']),
      caseKind: z.enum(['analysis', 'design']).nullable(),
      stem: z.string(),
      options: z.array(z.object({ key: OptionKey, text: z.string() })),
      choice: z.array(OptionKey),
      answer: z.array(OptionKey),
      /** 解析 (for a case: the 答题思路; empty when the item has none). */
      explanation: z.string(),
      /** correct / partial / wrong / blank for objective items; marked / unmarked for cases. */
      outcome: z.string(),
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
});
export type ExamSummary = z.infer<typeof ExamSummary>;

export const PublicProfile = z.object({
  id: z.string(),
  name: z.string(),
  level: Level.nullable(),
  examDate: z.string().nullable(),
  hasPin: z.boolean(),
});
export type PublicProfile = z.infer<typeof PublicProfile>;

const ProfileId = z.string().regex(/^[a-z0-9-]{1,40}$/);
const ProfileName = z.string().trim().min(1, FIELD_MESSAGES.name).max(20, FIELD_MESSAGES.nameTooLong);
const Pin = z.string().regex(/^\d{4,8}$/, FIELD_MESSAGES.pin);

/** The one IPC contract: every channel's argument and result schema. Both transports are built from it. */
export const contract = {
  'profiles:list': { args: Empty, result: z.object({ profiles: z.array(PublicProfile), current: z.string().nullable() }) },
  'profiles:create': {
    args: z.object({
      name: ProfileName,
      level: Level,
      examDate: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .nullable()
        .optional(),
      pin: Pin.nullable().optional(),
    }),
    result: z.object({ id: z.string() }),
  },
  'profiles:open': { args: z.object({ id: ProfileId, pin: Pin.optional() }), result: z.object({ id: z.string() }) },
  'profiles:close': { args: Empty, result: z.object({ ok: z.boolean() }) },
  'profiles:rename': { args: z.object({ id: ProfileId, name: ProfileName, pin: Pin.optional() }), result: PublicProfile },
  'profiles:setPin': { args: z.object({ id: ProfileId, pin: Pin.nullable(), oldPin: Pin.optional() }), result: PublicProfile },
  'profiles:delete': { args: z.object({ id: ProfileId, pin: Pin.optional() }), result: z.object({ ok: z.boolean() }) },
  'profiles:resetPin': { args: z.object({ id: ProfileId, adminPin: z.string().max(8) }), result: PublicProfile },
  'settings:get': { args: Empty, result: Settings },
  'settings:update': { args: SettingsPatch, result: Settings },
  'catalog:overview': { args: z.object({ level: Level }), result: z.array(SubjectOverview) },
  'app:status': { args: Empty, result: AppStatus },
  'practice:start': { args: StartArgs, result: z.object({ questions: z.array(PublicQuestion) }) },
  'practice:answer': { args: AnswerArgs, result: Feedback },
  'cases:start': {
    args: z.object({ subject: SubjectId, chapter: z.string().min(1).max(32) }),
    result: z.object({ cases: z.array(PublicCase) }),
  },
  'cases:reference': { args: z.object({ questionId: z.string().min(1).max(64) }), result: CaseReference },
  'cases:record': { args: CaseRecordArgs, result: CaseResult },
  'today:plan': { args: Empty, result: TodayPlan },
  'today:start': { args: Empty, result: z.object({ questions: z.array(PublicQuestion) }) },
  'today:forecast': { args: Empty, result: z.object({ days: z.array(z.object({ date: z.string(), count: z.number() })) }) },
  'practice:questions': {
    args: z.object({ ids: z.array(z.string().max(64)).max(500) }),
    result: z.object({ questions: z.array(PublicQuestion) }),
  },
  'mistakes:list': { args: MistakeFilter, result: z.array(MistakeEntry) },
  'collections:favourites': { args: Empty, result: z.array(FavouriteEntry) },
  /** How many of the learner's 错题本 and 收藏 items are no longer in the bank (已下架): their records are kept. */
  'collections:withdrawn': { args: Empty, result: z.object({ mistakes: z.number().int(), favourites: z.number().int() }) },
  'collections:setFavourite': {
    args: z.object({ questionId: z.string().min(1).max(64), on: z.boolean() }),
    result: z.object({ favourite: z.boolean() }),
  },
  'collections:setNote': {
    args: z.object({ questionId: z.string().min(1).max(64), text: z.string().max(5000) }),
    result: z.object({ note: z.string() }),
  },
  'collections:state': {
    args: z.object({ ids: z.array(z.string().max(64)).max(500) }),
    result: z.record(z.string(), z.object({ favourite: z.boolean(), note: z.string() })),
  },
  'srs:status': { args: Empty, result: SrsStatus },
  'srs:optimize': { args: Empty, result: OptimizeResult },
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
  'transfer:export': { args: Empty, result: z.object({ fileName: z.string(), content: z.string() }) },
  'transfer:import': {
    args: z.object({ content: z.string().max(64 * 1024 * 1024), acceptOtherLearner: z.boolean().optional() }),
    result: z.object({
      reviews: z.number(),
      exams: z.number(),
      caseAttempts: z.number(),
      favourites: z.number(),
      notes: z.number(),
      weights: z.boolean(),
    }),
  },
  'results:csv': {
    args: z.object({ adminPin: AdminPin.optional() }).optional(),
    result: z.object({ fileName: z.string(), content: z.string(), rows: z.number(), skipped: z.number() }),
  },
  'centre:status': { args: Empty, result: CentreStatus },
  'centre:reload': { args: Empty, result: CentreStatus },
  'centre:setFolder': {
    args: z.object({ dir: z.string().max(1024).nullable(), adminPin: AdminPin.optional() }),
    result: CentreStatus.extend({ saved: z.boolean() }),
  },
  'admin:setPin': {
    args: z.object({ current: AdminPin.optional(), next: AdminPin.nullable() }),
    result: z.object({ hasAdminPin: z.boolean(), saved: z.boolean() }),
  },
  'backup:list': { args: Empty, result: z.array(BackupInfo) },
  'backup:create': { args: Empty, result: BackupInfo },
  'backup:restore': { args: z.object({ id: z.string().regex(/^[0-9_a-z-]{1,64}$/) }), result: z.object({ notices: z.array(z.string()) }) },
} satisfies Record<Channel, { args: z.ZodType; result: z.ZodType }>;

// Compile-time check that the contract has no channel missing from CHANNELS.
type Extra = Exclude<keyof typeof contract, Channel>;
const noExtraChannels: [Extra] extends [never] ? true : never = true;
void noExtraChannels;

export type Contract = typeof contract;
export type Args<C extends Channel> = z.input<Contract[C]['args']>;
export type ParsedArgs<C extends Channel> = z.output<Contract[C]['args']>;
export type ResultOf<C extends Channel> = z.output<Contract[C]['result']>;

/** The shape both transports expose to the renderer. */
export type Api = { [C in Channel]: (args: Args<C>) => Promise<ResultOf<C>> };

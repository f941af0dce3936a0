import { z } from 'zod';
import { parsePlanEventId, PlanToday } from './planDay';

/**
 * The centre service's HTTP contract (issue 18): every request body the centre accepts and every answer the desktop
 * sync client reads, as zod schemas. The centre parses each body with these; the client parses each answer.
 */

/** A 班级码: six characters from an alphabet without look-alikes (no 0/O, 1/I/L). */
export const CLASS_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const ClassCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[2-9A-HJKMNP-Z]{6}$/, '班级码是 6 位字母或数字');

/** A learner's 个人码, shown in the app after the first enrolment; needed to join the same learner from another PC. */
export const PersonalCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[2-9A-HJKMNP-Z]{8}$/, '个人码是 8 位字母或数字');

export const Username = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(/^[\p{L}\p{N}_.@-]+$/u);
export const Password = z.string().min(8).max(200);

export const SignupBody = z.object({ username: Username, password: Password, displayName: z.string().trim().min(1).max(40) });
export const LoginBody = z.object({ username: Username, password: Password });
export const CreateClassBody = z.object({ name: z.string().trim().min(1).max(60) });
export const CreateAssignmentBody = z.object({
  kind: z.enum(['practice', 'mock']),
  title: z.string().trim().min(1).max(80),
  /** For practice: the chapter to practise; for a mock: the subject. */
  target: z.string().trim().min(1).max(64),
  dueDay: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export const EnrolBody = z.object({
  code: ClassCode,
  learnerName: z.string().trim().min(1).max(40),
  /** Needed when the learner is already enrolled from another PC. */
  personalCode: PersonalCode.optional(),
  /** The learner agreed, in the app, to send their study records to this centre. */
  consent: z.literal(true),
  machineLabel: z.string().trim().max(60).optional(),
});
export const EnrolResult = z.object({
  token: z.string(),
  learnerId: z.number().int(),
  personalCode: PersonalCode,
  className: z.string(),
  /** True when this learner already had records on the centre (joined from another PC). */
  existing: z.boolean(),
});
export type EnrolResult = z.infer<typeof EnrolResult>;

/** The most learners one 本机全部学员 enrolment may carry (a lab PC with more sends several requests). */
export const MAX_ENROL_BATCH = 50;
/** One learner of a batch enrolment: checked exactly as a single enrolment's own fields (EnrolBody). */
export const EnrolBatchLearner = EnrolBody.pick({ learnerName: true, personalCode: true, consent: true });
/**
 * POST /api/sync/enrol-batch: an administrator enrols the learners of one PC in one step. The class code is checked
 * once for all; each entry is parsed on its own, so one wrong entry is refused in its own result, not the whole batch.
 */
export const EnrolBatchBody = z.object({
  code: ClassCode,
  learners: z.array(z.unknown()).min(1, '至少要有一位学员').max(MAX_ENROL_BATCH, `一次最多 ${MAX_ENROL_BATCH} 位学员`),
  machineLabel: z.string().trim().max(60).optional(),
});
/** Each learner's outcome, in the order sent: a token of their own, or the refusal a single enrolment would give. */
export const EnrolBatchOutcome = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), learnerName: z.string(), result: EnrolResult }),
  z.object({ ok: z.literal(false), learnerName: z.string().nullable(), status: z.number().int(), code: z.string(), message: z.string() }),
]);
export type EnrolBatchOutcome = z.infer<typeof EnrolBatchOutcome>;
export const EnrolBatchResult = z.object({ className: z.string(), results: z.array(EnrolBatchOutcome) });
export type EnrolBatchResult = z.infer<typeof EnrolBatchResult>;

/**
 * The kinds of study event a machine pushes: an answer, a self-marked case attempt, a submitted mock sitting, and a
 * day of today's plan (made / kept, see planDay.ts).
 */
export const EventKind = z.enum(['answer', 'case', 'exam', 'plan']);
export type EventKind = z.infer<typeof EventKind>;

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * One study event. `id` is the event id the desktop already merges by (the answer key, `questionId|at` for a case
 * attempt, the exam id for a sitting): the centre keeps one row per (learner, id), so a replay never doubles anything.
 * The summary fields (`day` in the learner's time zone, chapter, correct, scores) are what the dashboard counts;
 * `payload` is the record itself, handed back to the learner's other machines and validated there.
 */
const SyncEventFields = z.object({
  id: z.string().min(1).max(200),
  kind: EventKind,
  at: z.number().int().nonnegative().max(253_402_300_799_999),
  day: Day,
  questionId: z.string().max(64).nullable().default(null),
  chapter: z.string().max(64).nullable().default(null),
  correct: z.boolean().nullable().default(null),
  score: z.number().finite().nullable().default(null),
  maxScore: z.number().finite().nullable().default(null),
  passLine: z.number().finite().nullable().default(null),
  payload: z.record(z.string(), z.unknown()),
});
/** A plan event's id names its day and state (`plan|<day>|open` or `…|kept`), and that day is the event's day. */
export const SyncEvent = SyncEventFields.superRefine((e, ctx) => {
  if (e.kind !== 'plan') return;
  const p = parsePlanEventId(e.id);
  if (!p || p.day !== e.day) ctx.addIssue({ code: 'custom', path: ['id'], message: '今日计划的记录编号不对' });
});
export type SyncEvent = z.infer<typeof SyncEvent>;
export type SyncEventInput = z.input<typeof SyncEvent>;

export const MAX_BATCH = 500;
export const PushBody = z.object({
  learnerId: z.number().int().positive(),
  events: z.array(SyncEvent).max(MAX_BATCH, `一次最多 ${MAX_BATCH} 条记录`),
});
export const PushResult = z.object({ accepted: z.number().int(), duplicates: z.number().int() });

export const PullBody = z.object({ learnerId: z.number().int().positive(), since: z.number().int().nonnegative() });
export const Assignment = z.object({
  id: z.number().int(),
  kind: z.enum(['practice', 'mock']),
  title: z.string(),
  target: z.string(),
  dueDay: z.string(),
  /** This learner has done it (the centre counted an answer in its chapter, or a sitting of its subject, after it was set). */
  done: z.boolean().default(false),
});
export type Assignment = z.infer<typeof Assignment>;
/** The largest bank file a centre keeps (and a PC accepts from it), in bytes of its JSON text. */
export const MAX_CENTRE_BANK_BYTES = 1024 * 1024;

/** One of the class's question banks as a pull lists it: fetch its content (BankBody) when this hash is new. */
export const CentreBankRef = z.object({
  id: z.number().int(),
  name: z.string(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  uploadedAt: z.number().int(),
});
export type CentreBankRef = z.infer<typeof CentreBankRef>;
export const BankBody = z.object({ learnerId: z.number().int().positive(), bankId: z.number().int().positive() });
// No length cap here: a PC refuses a too large bank itself (with a notice naming it) instead of failing the round.
export const CentreBank = CentreBankRef.extend({ content: z.string() });
export type CentreBank = z.infer<typeof CentreBank>;

/** A teacher's upload: the bank's 名称 and the bank file's JSON text. */
export const UploadBankBody = z.object({ name: z.string().trim().min(1).max(60), content: z.string().min(1) });

export const PullResult = z.object({
  events: z.array(SyncEventFields.extend({ seq: z.number().int() })),
  /** Pass back as `since` next time. */
  cursor: z.number().int(),
  /** More events wait beyond this page. */
  more: z.boolean(),
  assignments: z.array(Assignment),
  /** The class's question banks (hashes only; a centre of an older version sends none). */
  banks: z.array(CentreBankRef).default([]),
});
export type PullResult = z.infer<typeof PullResult>;

export const DisconnectBody = z.object({ learnerId: z.number().int().positive(), deleteData: z.boolean() });

/** An error answer from the centre: a code and a Chinese message that says what happened. */
export const CentreError = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export const LearnerRow = z.object({
  learnerId: z.number().int(),
  name: z.string(),
  itemsDone: z.number().int(),
  answers: z.number().int(),
  accuracy: z.number().nullable(),
  streak: z.number().int(),
  lastDay: z.string().nullable(),
  machines: z.number().int(),
  /** Every mock sitting, oldest first; `subject` is the sitting's subject id (null from a payload without one). */
  mocks: z.array(z.object({ day: z.string(), subject: z.string().nullable().default(null), score: z.number(), passLine: z.number() })),
  /** Today's plan (the centre's today): kept, open or not seen; and on how many of the last 7 days (today included) it was kept. */
  planToday: PlanToday.optional(),
  planKeptDays7: z.number().int().optional(),
});
export type LearnerRow = z.infer<typeof LearnerRow>;
export const ChapterRow = z.object({ chapter: z.string(), answers: z.number().int(), accuracy: z.number().nullable() });
export type ChapterRow = z.infer<typeof ChapterRow>;

// ---- the teacher page (electron/centre/web): what it posts and what each JSON answer holds ----

export const ClassSummary = z.object({ id: z.number().int(), name: z.string(), code: z.string(), learners: z.number().int() });
export type ClassSummary = z.infer<typeof ClassSummary>;

/** GET /classes.json: the signed-in teacher, their classes, and how the service is reached (certificate or plain HTTP). */
export const TeacherHome = z.object({
  teacher: z.object({ displayName: z.string() }),
  classes: z.array(ClassSummary),
  /** The centre's certificate fingerprint (HTTPS); null when the service runs on plain HTTP. */
  fingerprint: z.string().nullable(),
});
export type TeacherHome = z.infer<typeof TeacherHome>;

export const AssignmentProgress = z.object({
  id: z.number().int(),
  kind: z.enum(['practice', 'mock']),
  title: z.string(),
  target: z.string(),
  dueDay: z.string(),
  done: z.number().int(),
  doneBy: z.array(z.string()),
});
export type AssignmentProgress = z.infer<typeof AssignmentProgress>;

/** A chapter of the class with its title from the syllabus (or its id when the syllabus does not name it). */
export const TitledChapterRow = ChapterRow.extend({ title: z.string() });
export type TitledChapterRow = z.infer<typeof TitledChapterRow>;

/** GET /classes/<id>/overview.json: everything the class page shows, chapters weakest first. */
export const ClassOverview = z.object({
  class: ClassSummary,
  learners: z.array(LearnerRow),
  chapters: z.array(TitledChapterRow),
  assignments: z.array(AssignmentProgress),
  banks: z.array(CentreBankRef),
  /** What an assignment may target: every syllabus chapter and every subject, with the names a teacher reads. */
  targets: z.object({
    chapters: z.array(z.object({ id: z.string(), title: z.string() })),
    subjects: z.array(z.object({ id: z.string(), name: z.string() })),
  }),
});
export type ClassOverview = z.infer<typeof ClassOverview>;

/** GET /classes/<id>/learners/<learnerId>.json: one learner's row and their accuracy per chapter, weakest first. */
export const LearnerDetail = z.object({ learner: LearnerRow, chapters: z.array(TitledChapterRow) });
export type LearnerDetail = z.infer<typeof LearnerDetail>;

/** The answer of a teacher-page action that changes something (the page then reloads the class). */
export const Done = z.object({ ok: z.literal(true) });
export type Done = z.infer<typeof Done>;

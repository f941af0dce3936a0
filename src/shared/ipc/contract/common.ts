import { z } from 'zod';
import { OptionKey, SubjectId } from '../../bank/schema';
import { CaseKind, ObjectiveType, PIN } from '../../formats';

export const Empty = z.undefined();

export const BankProblem = z.object({ file: z.string(), itemId: z.string().nullable(), field: z.string(), message: z.string() });

export type BankProblem = z.infer<typeof BankProblem>;

/**
 * Messages for fields a learner types. The dispatcher passes these through to the learner when an argument fails
 * them (every other parse failure gets the generic BAD_REQUEST text), so the renderer need not repeat the rules.
 */
export const FIELD_MESSAGES = {
  adminPin: '管理员密码应为 4 到 8 位数字。',
  name: '请填写名字。',
  nameTooLong: '名字最多 20 个字。',
  pin: '数字密码应为 4 到 8 位数字，或者留空。',
} as const;

const LEARNER_MESSAGES: ReadonlySet<string> = new Set(Object.values(FIELD_MESSAGES));

/** The message of a typed field the learner should see for this parse failure, if any. */
export function fieldMessageOf(issues: readonly { message: string }[]): string | undefined {
  return issues.find((i) => LEARNER_MESSAGES.has(i.message))?.message;
}

export const AdminPin = z.string().regex(PIN, FIELD_MESSAGES.adminPin);

export const ProfileName = z.string().trim().min(1, FIELD_MESSAGES.name).max(20, FIELD_MESSAGES.nameTooLong);

export const Pin = z.string().regex(PIN, FIELD_MESSAGES.pin);

/** A question as the learner sees it before answering: no key, no 解析. */
export const PublicQuestion = z.object({
  id: z.string(),
  type: ObjectiveType,
  chapter: z.string(),
  stem: z.string(),
  options: z.array(z.object({ key: OptionKey, text: z.string() })),
});

export type PublicQuestion = z.infer<typeof PublicQuestion>;

/** A case item as shown before self-marking: material and sub-questions, no reference points. */
export const PublicCase = z.object({
  id: z.string(),
  chapter: z.string(),
  caseKind: CaseKind,
  title: z.string(),
  material: z.string(),
  /** The case's points (20 in the exam), and each sub-question's share, as a printed paper shows them. */
  maxScore: z.number(),
  questions: z.array(z.object({ no: z.number(), prompt: z.string(), score: z.number() })),
});

export type PublicCase = z.infer<typeof PublicCase>;

export const ListedQuestion = z.object({
  id: z.string(),
  subject: SubjectId,
  chapter: z.string(),
  chapterTitle: z.string(),
  type: ObjectiveType,
  stem: z.string(),
});

export type ListedQuestion = z.infer<typeof ListedQuestion>;

/** What a 错题本 or 收藏 entry shows when opened in place: the learner's latest answer, the key, the 解析 and the 依据. */
export const ItemDetail = z.object({
  /** The learner's latest answer (empty when never answered, or when it cannot be found in the log any more). */
  lastChoice: z.array(OptionKey),
  lastCorrect: z.boolean(),
  options: z.array(z.object({ key: OptionKey, text: z.string() })),
  answer: z.array(OptionKey),
  explanation: z.string(),
  basis: z.string(),
});

export type ItemDetail = z.infer<typeof ItemDetail>;

/** One prefix's share of the contract: every channel named `prefix:…`, each with its argument and result schema. */
export type ContractPart<P extends string> = Record<`${P}:${string}`, { args: z.ZodType; result: z.ZodType }>;

import { z } from 'zod';

/**
 * Each format and enum the app shares between storage, the IPC contract and the bank, defined once. Everything else
 * derives from these (zod schemas here, TypeScript types by `z.infer`).
 */

/** A local calendar date, 'YYYY-MM-DD'. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const IsoDate = z.string().regex(ISO_DATE, '日期格式应为 YYYY-MM-DD');

/** A learner's folder name: lower-case letters, digits and dashes. */
export const PROFILE_ID = /^[a-z0-9-]{1,40}$/;
export const ProfileId = z.string().regex(PROFILE_ID);

/** A PIN: 4 to 8 digits (a learner's and the administrator's). */
export const PIN = /^\d{4,8}$/;

/** A mock exam's id (also its file name). */
export const EXAM_ID = /^[0-9a-z-]{1,64}$/;
export const ExamId = z.string().regex(EXAM_ID);

/** Item ids as the bank and the records keep them. */
export const QuestionId = z.string().min(1).max(64);

/** The objective item types (answered by choosing options) and every item type. */
export const ObjectiveType = z.enum(['single', 'multiple']);
export type ObjectiveType = z.infer<typeof ObjectiveType>;
export const ItemType = z.enum([...ObjectiveType.options, 'case']);
export type ItemType = z.infer<typeof ItemType>;

/** 案例分析 or 方案设计 (实务(中级)). */
export const CaseKind = z.enum(['analysis', 'design']);
export type CaseKind = z.infer<typeof CaseKind>;

/** The FSRS grade an answer counts as (derived from the answer, never self-graded; the app never gives 'easy'). */
export const Grade = z.enum(['again', 'hard', 'good']);
export type Grade = z.infer<typeof Grade>;

/** Where an answer was given. */
export const AnswerMode = z.enum(['practice', 'today', 'mistakes', 'favourites', 'exam']);
export type AnswerMode = z.infer<typeof AnswerMode>;

/** How an objective answer scored. */
export const Outcome = z.enum(['correct', 'partial', 'wrong', 'blank']);
export type Outcome = z.infer<typeof Outcome>;

/** Why a backup was made: the first start of a day, the learner's button, or just before a restore. */
export const BackupKind = z.enum(['daily', 'manual', 'before-restore']);
export type BackupKind = z.infer<typeof BackupKind>;

/** A paper of choice items (综合能力, 法规, 初级实务) or of cases (中级实务). */
export const PaperKind = z.enum(['objective', 'case']);
export type PaperKind = z.infer<typeof PaperKind>;

/** How a mock is sat: as the printed paper with an answer card (纸笔考试) or on the computer-exam screen (机考界面). */
export const ExamForm = z.enum(['paper', 'computer']);
export type ExamForm = z.infer<typeof ExamForm>;

/** How a paper's answer card is numbered: along the rows (综合能力) or down the columns (法规与政策), as candidates report. */
export const CardOrder = z.enum(['rows', 'columns']);
export type CardOrder = z.infer<typeof CardOrder>;

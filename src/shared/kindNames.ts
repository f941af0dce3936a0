import type { CaseKind, ObjectiveType } from './formats';

/** Item kinds as the learner reads them, everywhere (main's messages and every screen). */
export const KIND_NAMES: Readonly<Record<ObjectiveType | CaseKind, string>> = {
  single: '单选题',
  multiple: '多选题',
  analysis: '案例分析题',
  design: '方案设计题',
};

/** The short names, where the count follows (单选 60 道). */
export const KIND_SHORT_NAMES: Readonly<Record<ObjectiveType | CaseKind, string>> = {
  single: '单选',
  multiple: '多选',
  analysis: '案例分析',
  design: '方案设计',
};

/** The name of a kind given as a plain string (blueprint and custom-paper counts are keyed by kind). */
export function kindName(kind: string): string {
  return (KIND_NAMES as Record<string, string>)[kind] ?? kind;
}

import type { SubjectId } from '@shared/bank/schema';

/** The option letters an imported item may use: the app's answer log holds A–E. */
export const IMPORT_KEYS = ['A', 'B', 'C', 'D', 'E'] as const;
export type ImportKey = (typeof IMPORT_KEYS)[number];

/** How the item's type was decided, shown in the preview so nothing looks guessed. */
export type TypeSource = 'column' | 'section' | 'keys';

/** Where an item or a refused row came from, in the learner's words (第 5 行 / 第 3 题). */
export interface SourceRef {
  /** 1-based sheet row or text line where the item starts. */
  line: number;
  /** The item's own number in a text file (1．…), when it had one. */
  no?: number;
  /** 行 for a sheet, 题 for a text block, `item` for the n-th item of a JSON bank file (its `line` is n). */
  kind: 'row' | 'block' | 'item';
}

/** What a parser read for one item before the rules in finishItem decide whether it may be imported. */
export interface RawItem {
  source: SourceRef;
  /** The declared type text (题型 cell or section header), when there was one. */
  typeText?: string;
  typeSource?: 'column' | 'section';
  stem: string;
  options: { key: string; text: string }[];
  /** The key exactly as written (ABD, A、B、D, 对, √ …), or undefined when the source had none. */
  keyText?: string;
  explanation?: string;
  chapterText?: string;
}

/** An item the preview shows as importable. */
export interface CandidateItem {
  id: string;
  type: 'single' | 'multiple';
  /** 判断题: a two-option single item 正确 / 错误. */
  judge: boolean;
  typeSource: TypeSource;
  stem: string;
  options: { key: ImportKey; text: string }[];
  answer: ImportKey[];
  explanation: string;
  chapterText: string;
  source: SourceRef;
}

/** A row or block that will not be imported, with the reason in Chinese. */
export interface Refusal {
  source: SourceRef;
  /** The first characters of the stem (or the row), so the learner can find it. */
  excerpt: string;
  reason: string;
}

export interface ParseResult {
  items: CandidateItem[];
  refused: Refusal[];
}

export interface ParseContext {
  subject: SubjectId;
}

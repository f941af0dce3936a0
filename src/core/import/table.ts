import type { SubjectId } from '@shared/bank/schema';
import { finishItem, isRefusal } from './finishItem';
import { importMsg as m } from './messages';
import { excerptOf, toHalfWidth } from './normalise';
import { optionsFromText } from './options';
import type { ParseResult, RawItem } from './types';

/** Which column holds what; option columns in A, B, C … order. Column indexes are 0-based. */
export interface ColumnMap {
  stem: number;
  answer: number;
  type?: number;
  /** One column per option letter (A, B, C …), in letter order. */
  options?: number[];
  /** A single column holding every option (`A. … B. …`). */
  optionsCell?: number;
  explanation?: number;
  chapter?: number;
}

/** The layouts recognised by their headers; `custom` is a column map the learner set. */
export type LayoutId = 'kaoshibao' | 'numbered' | 'optionsInOneCell' | 'other' | 'custom';

export interface HeaderFound {
  /** 0-based row index of the header. */
  row: number;
  map: ColumnMap;
  layout: LayoutId;
  /** The header cells, normalised and joined: the key a remembered column map is stored under. */
  signature: string;
}

const STEM = /^(题干|题目|试题|题目内容|试题内容|问题|题面|题目名称)$/;
const ANSWER = /^(答案|正确答案|参考答案|标准答案)$/;
const TYPE = /^(题型|题目类型|试题类型|类型)$/;
const EXPLAIN = /^(解析|答案解析|试题解析|分析|详解|题目解析)$/;
const CHAPTER = /^(章节|章|所属章节|章节名称)$/;
const OPTIONS = /^(选项|选项内容|备选项|备选答案|全部选项)$/;
const OPTION = /^(?:选项)?([A-H])(?:选项)?$/;

/** A header cell as compared: half-width, no spaces, no `*` or `（必填）` marks, upper case. */
export const headerCell = (s: string): string =>
  toHalfWidth(s)
    .replace(/\s+/g, '')
    .replace(/\*/g, '')
    .replace(/\([^)]*\)$/, '')
    .toUpperCase();

/** Reads a header row into a column map; null unless it has a stem and an answer column. */
export function mapHeader(cells: readonly string[]): { map: ColumnMap; layout: LayoutId } | null {
  let stem = -1;
  let answer = -1;
  const map: Omit<ColumnMap, 'stem' | 'answer'> = {};
  const letters: number[] = [];
  let kaoshibao = false;
  let numbered = false;
  cells.forEach((raw, i) => {
    const c = headerCell(raw);
    if (!c) return;
    if (STEM.test(c) && stem < 0) stem = i;
    else if (ANSWER.test(c) && answer < 0) {
      answer = i;
      if (c === '正确答案') kaoshibao = true;
    } else if (TYPE.test(c) && map.type === undefined) map.type = i;
    else if (EXPLAIN.test(c) && map.explanation === undefined) map.explanation = i;
    else if (CHAPTER.test(c) && map.chapter === undefined) map.chapter = i;
    else if (OPTIONS.test(c) && map.optionsCell === undefined) map.optionsCell = i;
    else if (/^(题号|序号|编号)$/.test(c)) numbered = true;
    else {
      const o = OPTION.exec(c);
      if (o) {
        const at = 'ABCDEFGH'.indexOf(o[1]!);
        if (letters[at] === undefined) letters[at] = i;
        if (c.startsWith('选项')) kaoshibao = true;
      }
    }
  });
  if (stem < 0 || answer < 0) return null;
  // Option columns must run A, B, C … without a gap; the run stops at the first missing letter.
  const run: number[] = [];
  for (let k = 0; k < letters.length && letters[k] !== undefined; k++) run.push(letters[k]!);
  if (run.length) map.options = run;
  const layout: LayoutId =
    map.optionsCell !== undefined && !run.length
      ? 'optionsInOneCell'
      : kaoshibao && run.length
        ? 'kaoshibao'
        : numbered && run.length
          ? 'numbered'
          : 'other';
  return { map: { stem, answer, ...map }, layout };
}

/** The header row: the first of the top rows (title rows and merged cells may sit above it) that maps. */
export function findHeader(rows: readonly (readonly string[])[], scan = 30): HeaderFound | null {
  for (let r = 0; r < Math.min(rows.length, scan); r++) {
    const found = mapHeader(rows[r]!);
    if (found) return { row: r, ...found, signature: rows[r]!.map(headerCell).join('|') };
  }
  return null;
}

const cell = (row: readonly string[], i: number | undefined): string => (i === undefined ? '' : (row[i] ?? '').trim());

/**
 * Items from a sheet's rows (CSV or Excel, every cell already text; merged cells carry their value into each cell).
 * With no column map given the header row is looked for; `{ error }` when there is none.
 */
export function parseTable(
  rows: readonly (readonly string[])[],
  subject: SubjectId,
  given?: { map: ColumnMap; headerRow: number },
): (ParseResult & { header: HeaderFound }) | { error: string } {
  const header: HeaderFound | null = given
    ? { row: given.headerRow, map: given.map, layout: 'custom', signature: (rows[given.headerRow] ?? []).map(headerCell).join('|') }
    : findHeader(rows);
  if (!header) return { error: m.noHeader };
  const { map } = header;
  const result: ParseResult = { items: [], refused: [] };
  for (let r = header.row + 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (!row.some((c) => c && c.trim())) continue;
    const raw: RawItem = {
      source: { kind: 'row', line: r + 1 },
      stem: cell(row, map.stem),
      options: [],
      keyText: cell(row, map.answer),
      explanation: cell(row, map.explanation),
      chapterText: cell(row, map.chapter),
    };
    const typeText = cell(row, map.type);
    if (typeText) {
      raw.typeText = typeText;
      raw.typeSource = 'column';
    }
    if (map.options) {
      const texts = map.options.map((i) => cell(row, i));
      while (texts.length && !texts[texts.length - 1]) texts.pop();
      raw.options = texts.map((text, k) => ({ key: 'ABCDEFGH'[k]!, text }));
    }
    const inOne = cell(row, map.optionsCell);
    if (!raw.options.length && inOne) {
      const opts = optionsFromText(inOne);
      if (!opts) {
        result.refused.push({ source: raw.source, excerpt: excerptOf(raw.stem), reason: m.optionsUnreadable });
        continue;
      }
      raw.options = opts;
    }
    const done = finishItem(raw, subject);
    if (isRefusal(done)) result.refused.push(done);
    else result.items.push(done);
  }
  return { ...result, header };
}

import type { SyllabusChapter } from '@shared/bank/schema';
import { toHalfWidth } from './normalise';

export interface ChapterMatch {
  /** exact: the title (or id) matches; close: a likely chapter to confirm; none: goes to 未分章 unless one is picked. */
  kind: 'exact' | 'close' | 'none';
  chapterId: string | null;
  /** Close candidates, best first (at most 3). */
  candidates: { id: string; title: string }[];
}

const DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 and Arabic digits to a number; NaN otherwise. */
export function chineseNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[零一二三四五六七八九十]+$/.test(s)) return NaN;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? DIGITS[s]! : NaN;
  const tens = ten === 0 ? 1 : (DIGITS[s.slice(0, ten)] ?? NaN);
  const ones = ten === s.length - 1 ? 0 : (DIGITS[s.slice(ten + 1)] ?? NaN);
  return tens * 10 + ones;
}

const PREFIX = /^第\s*([零一二三四五六七八九十\d]+)\s*章\s*[:：、.．]?\s*/;
const bare = (s: string): string =>
  toHalfWidth(s)
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .toLowerCase();

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** Dice coefficient over character pairs: 1 for equal strings, 0 for nothing shared. */
function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.size || !y.size) return 0;
  let both = 0;
  for (const g of x) if (y.has(g)) both++;
  return (2 * both) / (x.size + y.size);
}

/**
 * Matches a 章节 cell or heading to the subject's syllabus chapters: the chapter id or the title exactly (with or
 * without 第N章) is exact; a title that contains or is contained in it, a close title or a bare 第N章 is close (shown
 * for the learner to confirm, since a centre's own numbering may differ); anything else is none.
 */
export function matchChapter(text: string, chapters: readonly SyllabusChapter[]): ChapterMatch {
  const none: ChapterMatch = { kind: 'none', chapterId: null, candidates: [] };
  const t = text.trim();
  if (!t) return none;
  const byId = chapters.find((c) => c.id === t.toLowerCase());
  if (byId) return { kind: 'exact', chapterId: byId.id, candidates: [] };
  const half = toHalfWidth(t);
  const prefix = PREFIX.exec(half);
  const title = bare(prefix ? half.slice(prefix[0].length) : half);
  const exact = title ? chapters.find((c) => bare(c.title) === title) : undefined;
  if (exact) return { kind: 'exact', chapterId: exact.id, candidates: [] };
  const scored = chapters
    .map((c) => {
      const ct = bare(c.title);
      const contains = title.length >= 2 && (ct.includes(title) || title.includes(ct));
      return { c, score: contains ? 0.9 : similarity(title, ct) };
    })
    .filter((x) => x.score >= 0.5)
    .sort((a, b) => b.score - a.score);
  if (!title && prefix) {
    const no = chineseNumber(prefix[1]!);
    const byNo = chapters.find((c) => c.no === no);
    if (byNo) scored.unshift({ c: byNo, score: 1 });
  }
  if (!scored.length) return none;
  const candidates = scored.slice(0, 3).map((x) => ({ id: x.c.id, title: x.c.title }));
  return { kind: 'close', chapterId: candidates[0]!.id, candidates };
}

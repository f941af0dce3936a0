import type { SyllabusChapter } from '@shared/bank/schema';
import { matchChapter, type ChapterMatch } from './chapters';
import { importMsg as m } from './messages';
import type { CandidateItem, ParseResult, Refusal, SourceRef } from './types';

export interface ChapterGroup {
  /** The 章节 text as written ('' for items with none). */
  text: string;
  count: number;
  match: ChapterMatch;
}

export interface Preview {
  items: CandidateItem[];
  refused: Refusal[];
  chapters: ChapterGroup[];
}

const whereOf = (s: SourceRef): string =>
  s.kind === 'row' ? m.whereRow(s.line) : s.kind === 'item' ? m.whereItem(s.line) : m.whereBlock(s.no, s.line);

/**
 * What the learner is shown before anything is written: the items that can be imported, every refused row with its
 * reason (including items already in the bank and repeats inside the file), and one line per distinct 章节 text with
 * its match to the syllabus.
 */
export function buildPreview(
  parsed: ParseResult,
  opts: { existingIds: Pick<ReadonlySet<string>, 'has'>; chapters: readonly SyllabusChapter[] },
): Preview {
  const items: CandidateItem[] = [];
  const refused: Refusal[] = [...parsed.refused];
  const firstAt = new Map<string, SourceRef>();
  for (const item of parsed.items) {
    const excerpt = item.stem.length > 30 ? `${item.stem.slice(0, 30)}…` : item.stem;
    if (opts.existingIds.has(item.id)) {
      refused.push({ source: item.source, excerpt, reason: m.duplicateExisting });
      continue;
    }
    const first = firstAt.get(item.id);
    if (first) {
      refused.push({ source: item.source, excerpt, reason: m.duplicateInFile(whereOf(first)) });
      continue;
    }
    firstAt.set(item.id, item.source);
    items.push(item);
  }
  refused.sort((a, b) => a.source.line - b.source.line);
  const counts = new Map<string, number>();
  for (const i of items) counts.set(i.chapterText, (counts.get(i.chapterText) ?? 0) + 1);
  const chapters = [...counts].map(([text, count]) => ({ text, count, match: matchChapter(text, opts.chapters) }));
  return { items, refused, chapters };
}

export { whereOf };

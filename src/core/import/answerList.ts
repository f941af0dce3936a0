import { toHalfWidth } from './normalise';

const HEADING = /^(?:【\s*(?:参考答案|答案|标准答案)\s*】|参考答案|标准答案|答案表|答案)\s*[:：]?\s*(.*)$/;
const TOKEN = /(\d+)\s*[.、:)]?\s*([A-Za-z]+|对|错|√|×|正确|错误)/g;
const SEPARATORS = /^[\s,，;；、.。]*$/;

/** `1.A 2.B 3.ABD` → [[1,'A'],[2,'B'],[3,'ABD']], or null when the line holds anything else. */
export function answerTokens(line: string): [number, string][] | null {
  const half = toHalfWidth(line);
  const out: [number, string][] = [];
  const rest = half.replace(TOKEN, (_all, no: string, key: string) => {
    out.push([Number(no), key]);
    return ' ';
  });
  return out.length && SEPARATORS.test(rest) ? out : null;
}

export interface AnswerList {
  /** Index of the heading line; lines from here on are the list, not items. */
  startLine: number;
  /** Keys by `<section>:<no>` when the list has section headings, else by `0:<no>`. */
  keys: Map<string, string>;
  sectioned: boolean;
}

/**
 * An answer list at the end of a text (`参考答案` then `1.A 2.B …`, possibly under section headings): found when the
 * heading is followed only by answer tokens and headings. Null when there is none.
 */
export function findAnswerList(lines: readonly string[], isSectionHeader: (l: string) => boolean): AnswerList | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const head = HEADING.exec(toHalfWidth(lines[i]!.trim()));
    if (!head) continue;
    const keys = new Map<string, string>();
    let section = 0;
    let sectioned = false;
    let ok = true;
    const add = (tokens: [number, string][]) => tokens.forEach(([no, key]) => keys.set(`${section}:${no}`, key));
    if (head[1]!.trim()) {
      const t = answerTokens(head[1]!);
      if (!t) continue;
      add(t);
    }
    for (let j = i + 1; j < lines.length && ok; j++) {
      const l = lines[j]!.trim();
      if (!l) continue;
      if (isSectionHeader(l)) {
        section++;
        sectioned = true;
        continue;
      }
      const t = answerTokens(l);
      if (t) add(t);
      else ok = false;
    }
    if (ok && keys.size) return { startLine: i, keys, sectioned };
    // A heading followed by something else: an inline 答案：A of the last item, or no list at all.
    return null;
  }
  return null;
}

import { toHalfWidth } from './normalise';
import { IMPORT_KEYS } from './types';

const LETTERS = 'ABCDEFGH';
// A marker: the letter, optional spaces, then . 、 ) or : (full-width forms are made half-width first).
const START = /^\s*([A-H])\s*[.、):]\s*/;

// The next option starts after white space or a sentence mark, never inside a word: 甲和B、乙 is text, not an option.
const MARKERS = new Map([...LETTERS].map((l) => [l, new RegExp(`(^|[\\s;。；])${l}\\s*[.、):]\\s*`, 'g')]));
const JOINED = new Map([...LETTERS].map((l) => [l, new RegExp(`^${l}(?![A-Za-z])`)]));

function nextMarker(half: string, letter: string, from: number): { at: number; end: number } | null {
  const re = MARKERS.get(letter)!;
  re.lastIndex = from;
  const hit = re.exec(half);
  return hit ? { at: hit.index + hit[1]!.length, end: hit.index + hit[0].length } : null;
}

/**
 * The options on one line: `A．对焦`, or several `A.对焦 B.摘要 C.同理心`. Null when the line does not start with an
 * option marker, or starts with `A、B…` (two letters joined: text that names options, not an option).
 * `expect` is the letter the line must start with (the next option of the item).
 */
export function optionsOnLine(line: string, expect?: string): { key: string; text: string }[] | null {
  const half = toHalfWidth(line);
  const start = START.exec(half);
  if (!start) return null;
  const first = start[1]!;
  if (expect !== undefined && first !== expect) return null;
  // `A、B两类…` names options (text), it is not option A: the text after the marker starts with the next letter.
  const following = LETTERS[LETTERS.indexOf(first) + 1];
  if (following && JOINED.get(following)!.test(half.slice(start[0].length))) return null;
  const out: { key: string; text: string }[] = [];
  let key = first;
  let textStart = start[0].length;
  for (;;) {
    const next = LETTERS[LETTERS.indexOf(key) + 1];
    const hit = next ? nextMarker(half, next, textStart) : null;
    out.push({ key, text: line.slice(textStart, hit ? hit.at : undefined).trim() });
    if (!hit || !next) return out;
    key = next;
    textStart = hit.end;
  }
}

/**
 * Options written in one cell or block of lines (`A. … B. …`, on one line or several). A line that starts with no
 * marker continues the option before it. Null when the text does not start with option A.
 */
export function optionsFromText(text: string): { key: string; text: string }[] | null {
  const out: { key: string; text: string }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const expect = out.length ? LETTERS[LETTERS.indexOf(out[out.length - 1]!.key) + 1] : 'A';
    const found = optionsOnLine(line, expect);
    if (found) out.push(...found);
    else if (out.length) out[out.length - 1]!.text = `${out[out.length - 1]!.text} ${line.trim()}`.trim();
    else return null;
  }
  return out.length ? out : null;
}

/**
 * Options written at the end of a stem line (`下列……的是（　）A.甲 B.乙 C.丙 D.丁`): the stem before them and the
 * options, or null when the line holds no run of at least two options, each with text, starting at A.
 */
export function splitTrailingOptions(line: string): { stem: string; options: { key: string; text: string }[] } | null {
  const half = toHalfWidth(line);
  let from = 0;
  for (;;) {
    const hit = nextMarker(half, 'A', from);
    if (!hit) return null;
    const opts = optionsOnLine(line.slice(hit.at), 'A');
    if (opts && opts.length >= 2 && opts.every((o) => o.text)) return { stem: line.slice(0, hit.at).trim(), options: opts };
    from = hit.end;
  }
}

export const isImportKey = (k: string): boolean => (IMPORT_KEYS as readonly string[]).includes(k);

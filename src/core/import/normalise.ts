/** Full-width ASCII (Ａ．１：（）) to half-width, one character for one, so indices still match the original text. */
const WIDE = /[\uff01-\uff5e\u3000]/g;
export function toHalfWidth(s: string): string {
  return s.replace(WIDE, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

/** Text compared for duplicates and ids: half-width, no white space, lower case. */
export function comparable(s: string): string {
  return toHalfWidth(s).replace(/\s+/g, '').toLowerCase();
}

/** A short excerpt for messages. */
export function excerptOf(s: string, max = 30): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max)}…` : one;
}

/** Full-width ASCII (Ａ．１：（）) to half-width, one character for one, so indices still match the original text. */
export function toHalfWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCodePoint(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
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

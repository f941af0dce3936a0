import chardet from 'chardet';
import iconv from 'iconv-lite';
import { readMsg } from './messages';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; message: string };

/** UTF-16 without a BOM: one byte of each pair is mostly zero (ASCII and line breaks). Null when it is not. */
function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 8192);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.2 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.2 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Control characters other than tab and line breaks: a decoded text full of them was not text. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 20_000);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad > Math.max(2, sample.length * 0.01);
}

/**
 * Text from a .txt or .csv file: UTF-8 (with or without BOM), UTF-16 (BOM, or detected), or GBK/GB18030 as Chinese
 * Windows saves it (detected with chardet). Refuses binary data and text that would come out garbled.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const done = (text: string, encoding: string): Decoded =>
    looksBinary(text) ? { ok: false, message: readMsg.binary } : { ok: true, text, encoding };
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return done(buf.subarray(3).toString('utf8'), 'utf-8');
  if (buf[0] === 0xff && buf[1] === 0xfe) return done(iconv.decode(buf.subarray(2), 'utf-16le'), 'utf-16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return done(iconv.decode(buf.subarray(2), 'utf-16be'), 'utf-16be');
  const wide = utf16Guess(bytes);
  if (wide) return done(iconv.decode(buf, wide), wide);
  if (buf.includes(0)) return { ok: false, message: readMsg.binary };
  try {
    return done(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    // Not UTF-8: a legacy Chinese encoding, or not text.
  }
  const guesses = chardet.analyse(buf.subarray(0, 64 * 1024)).map((m) => m.name.toLowerCase());
  // Only Chinese encodings are tried: a Latin code page "succeeds" on any bytes and shows mojibake.
  const order = [...new Set([...guesses.filter((g) => g === 'gb18030' || g === 'big5'), 'gb18030'])];
  for (const enc of order) {
    const text = iconv.decode(buf, enc);
    if (!text.includes('\ufffd')) return done(text, enc === 'gb18030' ? 'gbk' : enc);
  }
  return { ok: false, message: readMsg.encoding };
}

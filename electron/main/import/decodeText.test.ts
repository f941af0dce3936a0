import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText';

const sample = '题干,答案\n小组工作的第一次聚会做什么？,A\n';

describe('decodeText', () => {
  it.each([
    ['utf-8', Buffer.from(sample, 'utf8')],
    ['utf-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, 'utf8')])],
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(sample, 'utf-16le')])],
    ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(sample, 'utf-16be')])],
    ['utf-16le', iconv.encode(sample, 'utf-16le')],
    ['gbk', iconv.encode(sample, 'gbk')],
  ])('reads %s', (encoding, bytes) => {
    expect(decodeText(new Uint8Array(bytes))).toEqual({ ok: true, text: sample, encoding });
  });

  it('refuses binary data', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x00, 0x12]);
    expect(decodeText(png)).toMatchObject({ ok: false, message: expect.stringContaining('不是文字文件') });
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    expect(decodeText(noise).ok).toBe(false);
  });

  it('refuses bytes that are not UTF-8 and not a Chinese encoding rather than show mojibake', () => {
    // Lone lead bytes: invalid UTF-8 and invalid GB18030.
    const bad = new Uint8Array(Buffer.from([0x41, 0x81, 0x0a, 0x42, 0xff, 0x0a, 0x43, 0x80]));
    const r = decodeText(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/编码|不是文字文件/);
  });
});

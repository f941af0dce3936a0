import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonLines, serializeLine } from './jsonLines';

const bytes = (s: string) => new TextEncoder().encode(s).length;
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);
type Rec = { id: number; text: string };
const validate = (v: unknown): Rec | undefined =>
  typeof v === 'object' && v !== null && typeof (v as Rec).id === 'number' && typeof (v as Rec).text === 'string' ? (v as Rec) : undefined;

describe('parseJsonLines', () => {
  it('reads complete lines and reports nothing torn', () => {
    const text = serializeLine({ id: 1, text: '甲' }) + serializeLine({ id: 2, text: '乙' });
    expect(parseJsonLines(enc(text), validate, dec)).toEqual({
      records: [
        { id: 1, text: '甲' },
        { id: 2, text: '乙' },
      ],
      badLines: [],
      tornAt: null,
    });
  });

  it('drops a torn last line and says where it starts (in bytes)', () => {
    const first = serializeLine({ id: 1, text: '社工' });
    const r = parseJsonLines(enc(`${first}{"id":2,"te`), validate, dec);
    expect(r.records).toEqual([{ id: 1, text: '社工' }]);
    expect(r.tornAt).toBe(bytes(first));
  });

  it('skips complete lines that are garbage or the wrong shape, keeping the rest', () => {
    const text = `${serializeLine({ id: 1, text: 'a' })}\u0000\u0000\u0000\n${serializeLine({ nope: true })}${serializeLine({ id: 3, text: 'c' })}`;
    const r = parseJsonLines(enc(text), validate, dec);
    expect(r.records.map((x) => x.id)).toEqual([1, 3]);
    expect(r.badLines).toEqual([2, 3]);
  });

  it('property: any crash point leaves exactly the records whose lines were complete', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.integer(), text: fc.string({ unit: 'grapheme' }) }), { maxLength: 30 }),
        fc.nat(),
        (recs, cut) => {
          const lines = recs.map(serializeLine);
          const full = lines.join('');
          const buf = new TextEncoder().encode(full);
          const at = buf.length === 0 ? 0 : cut % (buf.length + 1);
          // A crash may cut the file at any byte, even inside a character.
          const r = parseJsonLines(buf.slice(0, at), validate, dec);
          let end = 0;
          let n = 0;
          for (const l of lines) {
            end += bytes(l);
            if (end <= at) n++;
          }
          expect(r.records).toEqual(recs.slice(0, n));
          expect(r.badLines).toEqual([]);
          const cleanEnd = lines.slice(0, n).reduce((s, l) => s + bytes(l), 0);
          expect(r.tornAt).toBe(at === cleanEnd ? null : cleanEnd);
        },
      ),
      { numRuns: 300, seed: 20261128 },
    );
  });

  it('regression (issue 12, hole 4): an invalid byte before a torn tail does not move the cut', () => {
    // 0xFF decodes to U+FFFD (3 bytes): measuring the decoded text put the cut 2 bytes too far.
    const first = new Uint8Array([...enc('{"id":1,"text":"a'), 0xff, ...enc('"}\n')]);
    const second = enc(serializeLine({ id: 2, text: 'b' }));
    const file = new Uint8Array([...first, ...second, ...enc('{"id":3,"te')]);
    const r = parseJsonLines(file, validate, dec);
    expect(r.tornAt).toBe(first.length + second.length);
    expect(r.records).toEqual([
      { id: 1, text: 'a\uFFFD' },
      { id: 2, text: 'b' },
    ]);
  });

  it('property: for arbitrary bytes (invalid UTF-8, NUL, CR), the cut is just after the last newline byte', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (buf) => {
        const r = parseJsonLines(buf, validate, dec);
        const last = buf.lastIndexOf(0x0a);
        expect(r.tornAt).toBe(last + 1 === buf.length ? null : last + 1);
      }),
      { numRuns: 500, seed: 20261202 },
    );
  });
});

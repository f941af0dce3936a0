import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonLines, serializeLine } from './jsonLines';

const bytes = (s: string) => new TextEncoder().encode(s).length;
type Rec = { id: number; text: string };
const validate = (v: unknown): Rec | undefined =>
  typeof v === 'object' && v !== null && typeof (v as Rec).id === 'number' && typeof (v as Rec).text === 'string' ? (v as Rec) : undefined;

describe('parseJsonLines', () => {
  it('reads complete lines and reports nothing torn', () => {
    const text = serializeLine({ id: 1, text: '甲' }) + serializeLine({ id: 2, text: '乙' });
    expect(parseJsonLines(text, validate, bytes)).toEqual({
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
    const r = parseJsonLines(`${first}{"id":2,"te`, validate, bytes);
    expect(r.records).toEqual([{ id: 1, text: '社工' }]);
    expect(r.tornAt).toBe(bytes(first));
  });

  it('skips complete lines that are garbage or the wrong shape, keeping the rest', () => {
    const text = `${serializeLine({ id: 1, text: 'a' })}\u0000\u0000\u0000\n${serializeLine({ nope: true })}${serializeLine({ id: 3, text: 'c' })}`;
    const r = parseJsonLines(text, validate, bytes);
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
          // A crash may cut the file at any byte; decode what survived.
          const survived = new TextDecoder().decode(buf.slice(0, at));
          const r = parseJsonLines(survived, validate, bytes);
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
});

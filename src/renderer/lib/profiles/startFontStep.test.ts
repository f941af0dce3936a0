import { describe, expect, it } from 'vitest';
import { readStartFontStep, writeStartFontStep } from './startFontStep';

function memory(): Pick<Storage, 'getItem' | 'setItem'> {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
}

describe('start-screen text size', () => {
  it('comes back as last written, and a missing or damaged value gives 标准 (0)', () => {
    const s = memory();
    expect(readStartFontStep(s)).toBe(0);
    writeStartFontStep(3, s);
    expect(readStartFontStep(s)).toBe(3);
    s.setItem('sgl.startFontStep', '9');
    expect(readStartFontStep(s)).toBe(0);
    s.setItem('sgl.startFontStep', 'abc');
    expect(readStartFontStep(s)).toBe(0);
    expect(readStartFontStep(null)).toBe(0);
  });

  it('never throws when storage refuses', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(readStartFontStep(broken)).toBe(0);
    expect(() => writeStartFontStep(2, broken)).not.toThrow();
  });
});

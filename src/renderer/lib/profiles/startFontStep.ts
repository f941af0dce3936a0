import { FONT_SCALES } from '@shared/fontScales';

/**
 * The text size of the start screen, kept for this computer (not for a learner: nobody is chosen yet). It is the last
 * size anyone used here, so a learner who needs large text does not meet small text again on the next start.
 */
const KEY = 'sgl.startFontStep';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

function store(): Store | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage switched off: the start screen begins at 标准
  }
}

export function readStartFontStep(s: Store | null = store()): number {
  try {
    const n = Number(s?.getItem(KEY));
    return Number.isInteger(n) && n >= 0 && n < FONT_SCALES.length ? n : 0;
  } catch {
    return 0;
  }
}

export function writeStartFontStep(step: number, s: Store | null = store()): void {
  try {
    s?.setItem(KEY, String(step));
  } catch {
    // Not kept (storage full or off): only the next start shows 标准.
  }
}

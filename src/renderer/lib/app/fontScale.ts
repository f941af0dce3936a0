import { FONT_SCALES } from '@shared/fontScales';

export const FONT_STEP_COUNT = FONT_SCALES.length;

/** Applies a text-size step to the whole page (everything is sized in rem). */
export function applyFontStep(step: number, root: HTMLElement = document.documentElement): void {
  const scale = FONT_SCALES[Math.max(0, Math.min(FONT_SCALES.length - 1, step))] ?? 1;
  root.style.setProperty('font-size', `${Math.round(16 * scale)}px`);
}
